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
    private static readonly TimeSpan ExtractorLimit = TimeSpan.FromMilliseconds(new ExtractionOptions().TimeLimitMilliseconds) + TimeSpan.FromSeconds(5);
    private static readonly TimeSpan FeedLimit = TimeSpan.FromSeconds(10);
    private static readonly Uri FeedUrl = new("https://feeds.example/rss");

    /// <summary>Short: milder nesting and attributes (pages that hit the extractor's time limit cost seconds each).</summary>
    [Fact]
    public void Two_thousand_mutated_pages_and_feeds_never_throw() =>
        Run(pages: 300, feeds: 1_700, realPages: 0, seed: 1, maxRepeat: 800, traps: false);

    [Fact]
    [Trait("Category", "Long")]
    public void Over_fifty_thousand_mutated_pages_and_feeds_never_throw() =>
        Run(pages: 15_000, feeds: 35_000, realPages: 500, seed: 2026, maxRepeat: 20_000, traps: true);

    private void Run(int pages, int feeds, int realPages, int seed, int maxRepeat, bool traps)
    {
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        var extractor = new ArticleExtractor();
        var mutator = new FuzzMutator(seed, maxRepeat);
        var slowest = TimeSpan.Zero;
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;

        void Page(byte[] input, string? charset, bool asBytes)
        {
            count++;
            var start = Stopwatch.GetTimestamp();
            try
            {
                var result = asBytes
                    ? extractor.Extract("https://fuzz.example/news/1", input, charset)
                    : extractor.Extract("https://fuzz.example/news/1", Encoding.UTF8.GetString(input));
                var key = result.Error ?? (result.IsArticle ? "article" : "not an article");
                outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
            }
            catch (Exception error)
            {
                failures.Add(Keep("page", input, $"{error.GetType().Name}: {error.Message}"));
            }
            var elapsed = Stopwatch.GetElapsedTime(start);
            if (elapsed > slowest) slowest = elapsed;
            if (elapsed > ExtractorLimit) failures.Add(Keep("page", input, $"took {elapsed.TotalSeconds:F1} s"));
        }

        void Feed(byte[] input, string? charset)
        {
            count++;
            var start = Stopwatch.GetTimestamp();
            try
            {
                var result = FeedParser.Parse(input, FeedUrl, charset);
                Assert.NotNull(result.Items);
                Assert.True(result.Items.Count <= FeedParser.MaxItems);
            }
            catch (Exception error)
            {
                failures.Add(Keep("feed", input, $"{error.GetType().Name}: {error.Message}"));
            }
            var elapsed = Stopwatch.GetElapsedTime(start);
            if (elapsed > FeedLimit) failures.Add(Keep("feed", input, $"took {elapsed.TotalSeconds:F1} s"));
        }

        foreach (var trap in traps ? FuzzSeeds.TrapPages() : []) Page(Encoding.UTF8.GetBytes(trap), null, asBytes: true);
        foreach (var trap in traps ? FuzzSeeds.TrapFeeds() : []) Feed(trap, null);

        var pageSeeds = FuzzSeeds.Pages.Select(Encoding.UTF8.GetBytes).ToList();
        for (var i = 0; i < pages; i++) Page(mutator.Next(pageSeeds[i % pageSeeds.Count]), mutator.Charset(), asBytes: i % 2 == 0);
        var feedSeeds = FuzzSeeds.Feeds.Select(Encoding.UTF8.GetBytes).ToList();
        for (var i = 0; i < feeds; i++) Feed(mutator.Next(feedSeeds[i % feedSeeds.Count]), mutator.Charset());

        var real = RealPages(realPages > 0 ? 20 : 0);
        for (var i = 0; i < realPages && real.Count > 0; i++) Page(mutator.Next(real[i % real.Count]), mutator.Charset(), asBytes: true);

        output.WriteLine($"fuzz: {count} inputs in {clock.Elapsed.TotalSeconds:F0} s, slowest page {slowest.TotalMilliseconds:F0} ms, {failures.Count} failures; " +
                         $"page outcomes: {string.Join(", ", outcomes.OrderByDescending(o => o.Value).Select(o => $"{o.Key} {o.Value}"))}");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    /// <summary>Writes a failing input out, so it can become a regression fixture; returns the message naming it.</summary>
    private static string Keep(string kind, byte[] input, string why)
    {
        var dir = Path.Combine(Path.GetTempPath(), "biascompanion-fuzz-failures");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, $"{kind}-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(input))[..16]}.bin");
        File.WriteAllBytes(file, input);
        return $"{kind} input {file} ({input.Length} bytes): {why}";
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
