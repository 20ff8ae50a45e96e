using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using BiasCompanion.Host.Extraction;
using BiasCompanion.Host.Ingestion.Feeds;
using Xunit.Abstractions;

namespace BiasCompanion.Tests.Hardening;

/// <summary>
/// Generated and mutated hostile inputs through the extractor and the feed parser: nothing may escape as an exception,
/// and no input may run past its limit. An input that ever fails is written out (see the failure message) so that it
/// can be added as a regression fixture.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int ProgressEvery = 2_000;
    private static readonly TimeSpan ExtractorLimit = TimeSpan.FromMilliseconds(new ExtractionOptions().TimeLimitMilliseconds) + TimeSpan.FromSeconds(5);
    private static readonly TimeSpan FeedLimit = TimeSpan.FromSeconds(10);
    private static readonly Uri FeedUrl = new("https://feeds.example/rss");

    /// <summary>Short: milder nesting and attributes, no traps, one worker (it runs beside the rest of the suite).</summary>
    [Fact]
    public void Two_thousand_mutated_pages_and_feeds_never_throw() =>
        Run(new FuzzPlan(Pages: 300, Feeds: 1_700, RealPages: 0, Seed: 1, MaxRepeat: 800, Traps: false), workers: 1, progress: false);

    /// <summary>Long: 50,514 inputs on two workers, with a progress line every 2,000 (see <see cref="FuzzProgress"/>).</summary>
    [Fact]
    [Trait("Category", "Long")]
    public void Over_fifty_thousand_mutated_pages_and_feeds_never_throw() =>
        Run(new FuzzPlan(Pages: 15_000, Feeds: 35_000, RealPages: 500, Seed: 2026, MaxRepeat: 20_000, Traps: true), workers: 2, progress: true);

    private void Run(FuzzPlan plan, int workers, bool progress)
    {
        var failures = new ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        var extractor = new ArticleExtractor();
        var stats = new FuzzStats();
        var real = RealPages(plan.RealPages > 0 ? 20 : 0);
        var total = plan.Count(real.Count);
        using var log = progress ? new FuzzProgress() : null;
        log?.Line($"fuzz: {total} inputs (seed {plan.Seed}) on {workers} workers; progress in {log.FilePath}");

        // No buffering: the workers take inputs one at a time from the single seeded sequence, so at most a few
        // multi-megabyte inputs are alive at once and the inputs stay those of the seed, whatever the worker count.
        var source = System.Collections.Concurrent.Partitioner.Create(plan.Inputs(real), EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(source, new ParallelOptions { MaxDegreeOfParallelism = workers }, input =>
        {
            var start = Stopwatch.GetTimestamp();
            string outcome;
            try
            {
                outcome = input.IsFeed ? Feed(input) : Page(extractor, input);
            }
            catch (Exception error)
            {
                outcome = "threw";
                failures.Enqueue(Keep(input, $"{error.GetType().Name}: {error.Message}"));
            }
            var elapsed = Stopwatch.GetElapsedTime(start);
            if (elapsed > (input.IsFeed ? FeedLimit : ExtractorLimit)) failures.Enqueue(Keep(input, $"took {elapsed.TotalSeconds:F1} s"));
            var done = stats.Add(input, elapsed.TotalMilliseconds, outcome);
            if (log is not null && done % ProgressEvery == 0) log.Line(stats.Progress(total, clock.Elapsed, failures.Count));
        });

        var summary = new List<string> { $"fuzz: {stats.Count} inputs in {clock.Elapsed.TotalSeconds:F0} s on {workers} workers, {failures.Count} failures" };
        summary.AddRange(stats.Summary());
        summary.AddRange(failures.Take(20));
        foreach (var line in summary)
        {
            output.WriteLine(line);
            log?.Line(line);
        }
        Assert.Equal(total, stats.Count);
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(20)));
    }

    private static string Page(ArticleExtractor extractor, FuzzInput input)
    {
        var result = input.AsBytes
            ? extractor.Extract("https://fuzz.example/news/1", input.Bytes, input.Charset)
            : extractor.Extract("https://fuzz.example/news/1", Encoding.UTF8.GetString(input.Bytes));
        return result.Error ?? (result.IsArticle ? "article" : "not an article");
    }

    private static string Feed(FuzzInput input)
    {
        var result = FeedParser.Parse(input.Bytes, FeedUrl, input.Charset);
        Assert.NotNull(result.Items);
        Assert.True(result.Items.Count <= FeedParser.MaxItems);
        // Parser messages carry positions; the part before the colon names the kind of failure.
        return result.Error is { } error ? error.Split(':')[0] : result.Items.Count > 0 ? "items" : "no items";
    }

    /// <summary>Writes a failing input out, so it can become a regression fixture; returns the message naming it.</summary>
    private static string Keep(FuzzInput input, string why)
    {
        var dir = Path.Combine(Path.GetTempPath(), "biascompanion-fuzz-failures");
        Directory.CreateDirectory(dir);
        var kind = input.IsFeed ? "feed" : "page";
        var file = Path.Combine(dir, $"{kind}-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(input.Bytes))[..16]}.bin");
        File.WriteAllBytes(file, input.Bytes);
        return $"{input.Kind} input {file} ({input.Bytes.Length} bytes, {input.Mutation}, charset {input.Charset ?? "none"}): {why}";
    }

    /// <summary>A few real dev pages, read in place from ../shared/data (none when it is absent).</summary>
    private static List<byte[]> RealPages(int count)
    {
        if (count == 0) return [];
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var pages = Path.Combine(dir.FullName, "shared", "data", "extraction", "wcxb-dev", "pages");
            if (!Directory.Exists(pages)) continue;
            return Directory.EnumerateFiles(pages, "*.html.gz").Order(StringComparer.Ordinal).Take(count).Select(file =>
            {
                using var gz = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
                using var bytes = new MemoryStream();
                gz.CopyTo(bytes);
                return bytes.ToArray();
            }).ToList();
        }
        return [];
    }
}
