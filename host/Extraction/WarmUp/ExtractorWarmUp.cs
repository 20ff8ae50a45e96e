using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace BiasCompanion.Host.Extraction.WarmUp;

/// <summary>
/// Runs the extractor over generated pages right after start-up. A fresh process runs the extraction path as
/// unoptimised first-tier code for its first few hundred pages (the JIT optimises with profile data only after
/// many calls), which made a new host's slowest lookups about twice as slow as a warm one's; the reader's first
/// pages after a restart should not pay for that.
/// </summary>
public sealed class ExtractorWarmUp(IArticleExtractor extractor, IOptions<ExtractionOptions> options, ILogger<ExtractorWarmUp> logger) : BackgroundService
{
    private const int YieldMilliseconds = 10;
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Pages extracted so far (for the log and the tests).</summary>
    public int PagesExtracted { get; private set; }

    /// <summary>Completes when the warm-up has run (or was off, or was stopped).</summary>
    public Task Finished => _finished.Task;

    /// <summary>
    /// On its own background thread, not the thread pool: each page blocks its caller for milliseconds to seconds, and
    /// on a 2-core machine a pool thread held for the whole warm-up slowed the hub and the API while it ran.
    /// </summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var thread = new Thread(() => Run(options.Value.WarmUpRounds, stoppingToken))
        {
            IsBackground = true,
            Name = "extraction warm-up",
        };
        thread.Start();
        return Finished;
    }

    public void Run(int rounds, CancellationToken token)
    {
        try
        {
            if (rounds > 0) Extract(rounds, token);
        }
        finally
        {
            _finished.TrySetResult();
        }
    }

    private void Extract(int rounds, CancellationToken token)
    {
        var clock = Stopwatch.StartNew();
        var pages = WarmUpPages.All();
        for (var round = 0; round < rounds && !token.IsCancellationRequested; round++)
        {
            foreach (var (url, html) in pages)
            {
                // On two cores a warm-up page beside the reader's first page would slow it down: wait for it instead.
                while (extractor is ArticleExtractor { InFlight: > 0 } && !token.IsCancellationRequested) Thread.Sleep(YieldMilliseconds);
                var page = Stopwatch.GetTimestamp();
                extractor.Extract(url, html);
                PagesExtracted++;
                // Half of one core at most: the pages run on the extractor's own workers at normal priority (a thread
                // priority is not applied on Linux anyway), and a browser beside a host warming at full speed on two
                // cores ran its toolbar clicks late (the extension's browser tests saw "no access" to the clicked tab).
                Thread.Sleep(Stopwatch.GetElapsedTime(page));
            }
        }
        logger.LogInformation("Extraction warmed up on {Pages} generated pages in {Milliseconds} ms", PagesExtracted, clock.ElapsedMilliseconds);
    }
}
