using System.Collections.Concurrent;

namespace BiasCompanion.Host.Api;

/// <summary>
/// A token bucket per hub connection for Analyze: a burst of <c>Burst</c> lookups, refilled at
/// <c>PerMinute</c> a minute ("BiasCompanion:RateLimit:*").
/// </summary>
public sealed class AnalyzeRateLimiter(IConfiguration configuration, TimeProvider clock)
{
    private readonly double _burst = Math.Max(1, configuration.GetValue("BiasCompanion:RateLimit:Burst", 20));
    private readonly double _perSecond = Math.Max(1, configuration.GetValue("BiasCompanion:RateLimit:PerMinute", 120)) / 60.0;
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);

    public bool TryAcquire(string connectionId)
    {
        var bucket = _buckets.GetOrAdd(connectionId, _ => new Bucket(_burst, clock.GetTimestamp()));
        lock (bucket)
        {
            var now = clock.GetTimestamp();
            bucket.Tokens = Math.Min(_burst, bucket.Tokens + clock.GetElapsedTime(bucket.Stamp, now).TotalSeconds * _perSecond);
            bucket.Stamp = now;
            if (bucket.Tokens < 1) return false;
            bucket.Tokens -= 1;
            return true;
        }
    }

    public void Forget(string connectionId) => _buckets.TryRemove(connectionId, out _);

    private sealed class Bucket(double tokens, long stamp)
    {
        public double Tokens { get; set; } = tokens;
        public long Stamp { get; set; } = stamp;
    }
}
