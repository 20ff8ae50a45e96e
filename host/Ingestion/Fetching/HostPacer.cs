using System.Collections.Concurrent;

namespace BiasCompanion.Host.Ingestion.Fetching;

/// <summary>
/// Keeps a minimum interval between two requests to one host, whoever makes them (feeds, pages, searches), counted
/// from when the previous request to that host finished, so the server itself never sees them closer.
/// </summary>
public sealed class HostPacer(TimeSpan minInterval, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Turn> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for the host's turn; dispose the result when the request is done.</summary>
    public async Task<IDisposable> WaitTurnAsync(string host, CancellationToken cancellation)
    {
        if (minInterval <= TimeSpan.Zero) return NoTurn.Instance;
        var turn = _hosts.GetOrAdd(host, _ => new Turn());
        await turn.Gate.WaitAsync(cancellation);
        try
        {
            if (turn.Last != 0)
            {
                var wait = minInterval - clock.GetElapsedTime(turn.Last);
                if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, cancellation);
            }
            turn.Last = clock.GetTimestamp();
        }
        finally
        {
            turn.Gate.Release();
        }
        return new Finished(turn, clock);
    }

    private sealed class Finished(Turn turn, TimeProvider clock) : IDisposable
    {
        public void Dispose() => turn.Last = Math.Max(turn.Last, clock.GetTimestamp());
    }

    private sealed class NoTurn : IDisposable
    {
        public static readonly NoTurn Instance = new();
        public void Dispose() { }
    }

    private sealed class Turn
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public long Last { get; set; }
    }
}
