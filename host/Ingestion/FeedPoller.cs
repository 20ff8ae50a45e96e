using System.Collections.Concurrent;
using BiasCompanion.Host.Ingestion.Feeds;
using BiasCompanion.Host.Ingestion.Fetching;
using BiasCompanion.Host.Outlets;
using BiasCompanion.Host.Storage;
using Microsoft.Extensions.Options;

namespace BiasCompanion.Host.Ingestion;

/// <summary>
/// Polls the feeds politely in the background: due feeds only, a global and a per-host concurrency limit (the fetcher
/// keeps the minimum interval between two requests to one host), conditional GETs, backoff and parking for failing
/// feeds. One feed's failure never stops the others.
/// </summary>
public sealed class FeedPoller(
    FeedStateStore states, SafeFetcher fetcher, FeedItemIngestor ingestor, IOutletRegistry outlets,
    IOptions<IngestionOptions> options, TimeProvider clock, ILogger<FeedPoller> logger, StorageHealth? storage = null) : BackgroundService
{
    private static readonly TimeSpan FeedResync = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan StorageBackoffFirst = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan StorageBackoffMax = TimeSpan.FromMinutes(5);
    private readonly Lock _storageGate = new();
    private TimeSpan _storageBackoff = TimeSpan.Zero;
    private DateTimeOffset _storageResumeAt = DateTimeOffset.MinValue;
    private bool _storagePaused;
    private readonly IngestionOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, byte> _running = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, HostGate> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private SemaphoreSlim _global = null!;

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        if (!_options.Enabled) return;
        _global = new SemaphoreSlim(Math.Max(1, _options.MaxConcurrentFeeds));
        await Task.Yield();
        while (true)
        {
            try
            {
                if (!StoragePaused())
                {
                    states.EnsureKnown(FeedSources(), clock.GetUtcNow());
                    break;
                }
            }
            catch (Exception error) when (storage?.Report(error) is { } failure)
            {
                StorageFailed(failure);
            }
            catch (Exception error)
            {
                logger.LogError(error, "Could not register the feeds; polling is off.");
                return;
            }
            try { await Task.Delay(TimeSpan.FromMilliseconds(_options.TickMilliseconds), clock, stopping); }
            catch (OperationCanceledException) { return; }
        }
        logger.LogInformation("Feed polling started");
        var tasks = new List<Task>();
        var lastSync = clock.GetTimestamp();
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                if (StoragePaused())
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(_options.TickMilliseconds), clock, stopping);
                    continue;
                }
                if (clock.GetElapsedTime(lastSync) > FeedResync)
                {
                    states.EnsureKnown(FeedSources(), clock.GetUtcNow()); // feeds added since (imports, user edits)
                    lastSync = clock.GetTimestamp();
                }
                var now = clock.GetUtcNow();
                foreach (var due in states.Due(now, 200))
                {
                    if (!_running.TryAdd(due.Url, 0)) continue;
                    // A poll that ended between the query and the claim has saved a later schedule (and new validators).
                    if (states.Get(due.Url) is { } feed && feed.NextPoll <= now) tasks.Add(PollGuardedAsync(feed, stopping));
                    else _running.TryRemove(due.Url, out _);
                }
                tasks.RemoveAll(t => t.IsCompleted);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error) when (storage?.Report(error) is { } failure)
            {
                StorageFailed(failure);
            }
            catch (Exception error)
            {
                logger.LogError(error, "Feed scheduling failed; retrying");
            }
            try { await Task.Delay(TimeSpan.FromMilliseconds(_options.TickMilliseconds), clock, stopping); }
            catch (OperationCanceledException) { break; }
        }
        await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private IEnumerable<(string Url, string? OutletId)> FeedSources()
    {
        var feeds = _options.Feeds.Select(url => (url, outlets.Resolve(url).Outlet?.Id));
        if (_options.UseRegistryFeeds)
            feeds = feeds.Concat(outlets.All.SelectMany(o => o.Feeds.Select(url => (url, (string?)o.Id))));
        return feeds.Where(f => Uri.TryCreate(f.Item1, UriKind.Absolute, out var u) && u.Scheme is "http" or "https")
            .DistinctBy(f => f.Item1);
    }

    private async Task PollGuardedAsync(FeedState feed, CancellationToken stopping)
    {
        try
        {
            await _global.WaitAsync(stopping);
            try
            {
                var host = HostGateFor(new Uri(feed.Url).Host);
                await host.Concurrency.WaitAsync(stopping);
                try
                {
                    await PollAsync(feed, stopping);
                }
                finally { host.Concurrency.Release(); }
            }
            finally { _global.Release(); }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested) { }
        catch (Exception error) when (storage?.Report(error) is { } failure)
        {
            // Not the feed's fault: its schedule stays as it is, and polling pauses until the store takes writes again.
            StorageFailed(failure);
        }
        catch (Exception error)
        {
            logger.LogWarning(error, "Polling {Feed} failed", feed.Url);
            Save(FeedSchedule.AfterFailure(feed, _options, clock.GetUtcNow(), $"internal error: {error.GetType().Name}", null, Random.Shared.NextDouble()));
        }
        finally
        {
            _running.TryRemove(feed.Url, out _);
        }
    }

    /// <summary>One poll of one feed: fetch (conditional), parse, store the new items.</summary>
    public async Task PollAsync(FeedState feed, CancellationToken cancellation)
    {
        var url = new Uri(feed.Url);
        var fetched = await fetcher.FetchAsync(url, FetchKind.Feed, feed.ETag, feed.LastModified, cancellation);
        var now = clock.GetUtcNow();
        if (fetched.NotModified)
        {
            Save(FeedSchedule.AfterSuccess(feed, _options, now, fetched.ETag, fetched.LastModified, 0));
            return;
        }
        if (!fetched.Ok)
        {
            Save(FeedSchedule.AfterFailure(feed, _options, now, fetched.Error!, fetched.RetryAfter, Random.Shared.NextDouble()));
            return;
        }
        var parsed = FeedParser.Parse(fetched.Body, fetched.FinalUrl ?? url, fetched.Charset);
        if (parsed.Error is not null)
        {
            Save(FeedSchedule.AfterFailure(feed, _options, now, parsed.Error, null, Random.Shared.NextDouble()));
            return;
        }
        var stored = 0;
        foreach (var item in parsed.Items.Take(_options.MaxItemsPerPoll))
        {
            cancellation.ThrowIfCancellationRequested();
            var (outcome, _, _) = await ingestor.IngestAsync(item, cancellation);
            if (outcome == FeedItemIngestor.Outcome.Stored) stored++;
        }
        Save(FeedSchedule.AfterSuccess(feed, _options, clock.GetUtcNow(), fetched.ETag, fetched.LastModified, stored));
    }

    private void Save(FeedState state)
    {
        try
        {
            states.Save(state);
            lock (_storageGate) _storageBackoff = TimeSpan.Zero;
        }
        catch (Exception error) when (storage?.Report(error) is { } failure) { StorageFailed(failure); }
        catch (Exception error) { logger.LogError(error, "Could not save the state of {Feed}", state.Url); }
    }

    /// <summary>
    /// True while the store takes no writes, and for a growing while (5 s doubling to 5 min) after each poll that a
    /// storage failure cut short: polling then neither fetches nor spins, and resumes by itself.
    /// </summary>
    private bool StoragePaused()
    {
        var failure = storage?.Current;
        lock (_storageGate)
        {
            if (failure is not null || clock.GetUtcNow() < _storageResumeAt) return true;
            if (_storagePaused)
            {
                _storagePaused = false;
                logger.LogInformation("The store takes writes again: feed polling resumes");
            }
            return false;
        }
    }

    private void StorageFailed(StorageFailure failure)
    {
        lock (_storageGate)
        {
            _storageBackoff = _storageBackoff == TimeSpan.Zero ? StorageBackoffFirst
                : TimeSpan.FromTicks(Math.Min(_storageBackoff.Ticks * 2, StorageBackoffMax.Ticks));
            _storageResumeAt = clock.GetUtcNow() + _storageBackoff;
            if (!_storagePaused)
                logger.LogError("Feed polling paused: {Title}. {Detail}", failure.Title, failure.Detail);
            _storagePaused = true;
        }
    }

    private HostGate HostGateFor(string host) => _hosts.GetOrAdd(host, _ => new HostGate(Math.Max(1, _options.MaxConcurrentPerHost)));

    private sealed class HostGate(int concurrency)
    {
        public SemaphoreSlim Concurrency { get; } = new(concurrency);
    }
}
