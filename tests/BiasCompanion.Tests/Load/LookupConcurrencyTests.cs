using BiasCompanion.Host.Api;
using BiasCompanion.Host.Coverage;
using BiasCompanion.Host.Extraction;
using BiasCompanion.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BiasCompanion.Tests.Load;

/// <summary>
/// The extractor blocks its caller while its few workers do the page. Under 200 hub clients every lookup held a
/// thread-pool thread in that wait: the pool starved, hub pings went unanswered (the server dropped 90 of 200
/// connections), pushes came 20 s late and queued pages timed out into "not an article". Lookups now wait for an
/// extraction slot asynchronously, so only as many callers as the extractor has workers are ever blocked in it.
/// </summary>
public sealed class LookupConcurrencyTests
{
    private sealed class BlockingExtractor : IArticleExtractor
    {
        private readonly ManualResetEventSlim _release = new(false);
        private int _inside;
        private int _maxInside;

        public int Inside => Volatile.Read(ref _inside);
        public int MaxInside => Volatile.Read(ref _maxInside);

        public void Release() => _release.Set();

        public ExtractedArticle Extract(string url, string html)
        {
            var now = Interlocked.Increment(ref _inside);
            for (var seen = _maxInside; now > seen; seen = _maxInside) Interlocked.CompareExchange(ref _maxInside, now, seen);
            _release.Wait(TimeSpan.FromMinutes(1)); // as the real extractor waits for its worker thread
            Interlocked.Decrement(ref _inside);
            var id = url[(url.LastIndexOf('/') + 1)..];
            return new ExtractedArticle
            {
                Url = url, Title = $"Harbour bridge {id} reopens after repairs", IsArticle = true,
                Body = $"The harbour bridge reopened on Monday after three months of repairs, officials said ({id}).",
                Lead = "The harbour bridge reopened on Monday after three months of repairs.", WordCount = 16,
            };
        }
    }

    [Fact]
    public async Task Concurrent_lookups_wait_for_an_extraction_slot_without_blocking_more_threads_than_the_extractor_has_workers()
    {
        var extractor = new BlockingExtractor();
        await using var factory = new BiasCompanionFactory();
        using var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IArticleExtractor>(extractor)));
        var lookup = host.Services.GetRequiredService<CoverageLookup>();
        var slots = Math.Max(2, Environment.ProcessorCount);
        const int lookups = 12;

        // Each lookup on its own thread, so a free thread is never what holds one back: only the lookup's own gate can.
        var calls = Enumerable.Range(0, lookups).Select(i => Task.Factory.StartNew(
            () => lookup.AnalyzeAsync(new PageCapture($"https://www.example-news.com/bridge/{i}", null, "<html><body><p>page</p></body></html>", null, null)),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap()).ToList();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (extractor.Inside < slots && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.Equal(slots, extractor.Inside);
        await Task.Delay(300); // the other lookups had every chance to enter
        Assert.Equal(slots, extractor.Inside);
        Assert.All(calls, c => Assert.False(c.IsCompleted));

        extractor.Release();
        var outcomes = await Task.WhenAll(calls).WaitAsync(TimeSpan.FromMinutes(1));
        Assert.All(outcomes, o => Assert.True(o.Report is { IsArticle: true, StoryId: not null }, o.Message));
        Assert.Equal(slots, extractor.MaxInside);
    }
}
