using System.Diagnostics;
using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using BiasCompanion.Host.Coverage;
using BiasCompanion.Host.Extraction;
using BiasCompanion.Host.Extraction.WarmUp;
using BiasCompanion.Host.Hosting;
using BiasCompanion.Host.Outlets;
using BiasCompanion.Host.Storage;
using BiasCompanion.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BiasCompanion.Bench;

/// <summary>
/// <c>lookup</c>: end-to-end Analyze latency over REST and the hub against the real host process, with stores of
/// 1k, 10k and 100k articles, beside the extractor's own time and a bare AngleSharp parse of the same pages; then an
/// in-process Stopwatch breakdown of the hot path at the largest size (the profile).
/// </summary>
public static class LookupBench
{
    private const int WarmUp = 10;
    private const int SlowestShown = 8;

    public static readonly IReadOnlyDictionary<string, string> HostEnvironment = new Dictionary<string, string>
    {
        // The bench measures latency, not the per-client limits (20 burst, 120 a minute).
        ["BiasCompanion__RateLimit__PerMinute"] = "100000000",
        ["BiasCompanion__RateLimit__Burst"] = "100000000",
        // The start-up warm-up as shipped (the default; stated so the bench says what it measured).
        ["BiasCompanion__Extraction__WarmUpRounds"] = ExtractionOptions.RecommendedWarmUpRounds.ToString(CultureInfo.InvariantCulture),
    };

    private sealed record SizeRun(int Articles, long Stored, Percentiles Rest, Percentiles Hub, int Articled, int Lookups, double RssMb, string Slowest);

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var load = BenchDoc.LoadAverage();
        Console.Error.WriteLine("bench lookup: loading the wcxb-dev article pages");
        var pages = WcxbPages.Load(options.DataRoot, options.MaxPages);
        Console.Error.WriteLine($"  {pages.Count} pages (isArticle = true); timing the extractor and AngleSharp in-process");
        var (extractTimes, parseTimes) = InProcessTimes(pages);
        var (extractMedian, parseMedian) = (extractTimes.P50, parseTimes.P50);
        Console.Error.WriteLine($"  extractor median {BenchDoc.Ms(extractMedian)} ms, AngleSharp parse median {BenchDoc.Ms(parseMedian)} ms");

        var corpus = new BenchCorpus(options);
        corpus.Reset();
        var runs = new List<SizeRun>();
        foreach (var size in options.Sizes)
        {
            Console.Error.WriteLine($"bench lookup: store of {size} articles");
            await corpus.GrowToAsync(size);
            runs.Add(await MeasureAsync(options, corpus.StoreDir, size, pages));
            var r = runs[^1];
            Console.Error.WriteLine($"  REST p50 {BenchDoc.Ms(r.Rest.P50)} p95 {BenchDoc.Ms(r.Rest.P95)} p99 {BenchDoc.Ms(r.Rest.P99)} ms | hub p50 {BenchDoc.Ms(r.Hub.P50)} p95 {BenchDoc.Ms(r.Hub.P95)} p99 {BenchDoc.Ms(r.Hub.P99)} ms");
        }

        Console.Error.WriteLine($"bench lookup: in-process breakdown of the hot path at {options.Sizes[^1]} articles");
        var breakdown = await BreakdownAsync(options, corpus.StoreDir, pages);
        var doc = Render(options, load, pages.Count, extractTimes, parseTimes, runs, breakdown);
        BenchDoc.WriteSection(options.Doc, "lookup", doc);
        Console.WriteLine(doc);
        Console.Error.WriteLine($"bench lookup: written to {options.Doc}; the {options.Sizes[^1]}-article store stays in {corpus.StoreDir} for 'bench memory'");
        return 0;
    }

    private static (Percentiles Extract, Percentiles Parse) InProcessTimes(List<WcxbPages.Page> pages)
    {
        var extractor = new ArticleExtractor();
        var parser = new HtmlParser();
        // Warmed as the bench's hosts warm themselves at start-up, so the extractor's figures compare like for like.
        new ExtractorWarmUp(extractor, Options.Create(new ExtractionOptions()), NullLogger<ExtractorWarmUp>.Instance)
            .Run(ExtractionOptions.RecommendedWarmUpRounds, CancellationToken.None);
        foreach (var page in pages.Take(WarmUp))
        {
            extractor.Extract(page.Url, page.Html);
            parser.ParseDocument(page.Html);
        }
        var extract = new List<double>();
        var parse = new List<double>();
        foreach (var page in pages)
        {
            var start = Stopwatch.GetTimestamp();
            extractor.Extract(page.Url, page.Html);
            extract.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            start = Stopwatch.GetTimestamp();
            parser.ParseDocument(page.Html);
            parse.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return (Percentiles.Of(extract), Percentiles.Of(parse));
    }

    private static async Task<SizeRun> MeasureAsync(BenchOptions options, string store, int size, List<WcxbPages.Page> pages)
    {
        await using var host = HostProcess.Start(options.HostDll, store, HostEnvironment);
        await host.WaitReadyAsync(TimeSpan.FromMinutes(3));
        var warmUpMs = await MemoryBench.WaitWarmedUpAsync(host);
        Console.Error.WriteLine($"  the host's start-up warm-up ended {BenchDoc.Ms(warmUpMs)} ms after it first answered");
        var stored = await MemoryBench.ArticleCountAsync(host);
        await using var client = await LookupClient.ConnectAsync(host);
        foreach (var page in pages.Take(WarmUp))
        {
            await client.RestAsync(page);
            await client.HubAsync(page);
        }
        var rest = new List<double>();
        var hub = new List<double>();
        var articled = 0;
        for (var i = 0; i < pages.Count; i++)
        {
            var (ms, isArticle) = await client.RestAsync(pages[i]);
            rest.Add(ms);
            if (isArticle) articled++;
            (ms, isArticle) = await client.HubAsync(pages[i]);
            hub.Add(ms);
            if (isArticle) articled++;
            if ((i + 1) % 100 == 0) Console.Error.WriteLine($"  {i + 1}/{pages.Count} pages looked up over REST and the hub");
        }
        var rss = host.Memory().RssMb;
        var slowest = Slowest(pages.Count, i => Math.Max(rest[i], hub[i]),
            i => $"{pages[i].Id} ({pages[i].Html.Length / 1024} KB) {BenchDoc.Ms(rest[i])}/{BenchDoc.Ms(hub[i])} ms");
        Console.Error.WriteLine($"  slowest pages (REST/hub): {slowest}");
        return new SizeRun(size, stored, Percentiles.Of(rest), Percentiles.Of(hub), articled, 2 * pages.Count, rss, slowest);
    }

    /// <summary>The <see cref="SlowestShown"/> lookups with the largest time, described and comma-separated.</summary>
    private static string Slowest(int count, Func<int, double> time, Func<int, string> describe) =>
        string.Join(", ", Enumerable.Range(0, count).OrderByDescending(time).Take(SlowestShown).Select(describe));

    private sealed record Breakdown(Percentiles Extract, Percentiles Intake, Percentiles Report, Percentiles Total, string Slowest);

    /// <summary>The lookup's steps timed one by one in this process, over the same store (what the profile shows).</summary>
    private static async Task<Breakdown> BreakdownAsync(BenchOptions options, string store, List<WcxbPages.Page> pages)
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_CONTENTROOT", Path.GetDirectoryName(options.HostDll));
        await using var app = ServiceRegistration.BuildForCommandLine(["--data-dir", store]);
        var services = app.Services;
        var extractor = services.GetRequiredService<IArticleExtractor>();
        var outlets = services.GetRequiredService<IOutletRegistry>();
        var intake = services.GetRequiredService<ArticleIntake>();
        var reports = services.GetRequiredService<CoverageReportBuilder>();
        List<double> extract = [], add = [], report = [], total = [];
        List<string> ids = [];
        var n = 0;
        foreach (var page in pages.Concat(pages.Take(WarmUp)))
        {
            var capture = LookupClient.Capture(page);
            var uri = new Uri(capture.Url);
            var start = Stopwatch.GetTimestamp();
            var resolution = outlets.Resolve(uri.AbsoluteUri);
            var card = OutletCards.From(resolution, uri.Host);
            var e = extractor.Extract(uri.AbsoluteUri, capture.Html);
            var t1 = Stopwatch.GetTimestamp();
            if (!e.IsArticle || e.Title is null) continue;
            var added = await intake.AddAsync(new StoredArticle
            {
                Url = uri.AbsoluteUri, CanonicalUrl = CanonicalUrls.Normalize(uri), OutletDomain = resolution.RegistrableDomain,
                Title = e.Title, Byline = e.Byline, PublishedAt = e.PublishedAt, Language = e.Language, Lead = e.Lead, Body = e.Body,
                FirstSeenAt = DateTimeOffset.UtcNow,
            }, card.Id ?? card.Domain);
            var t2 = Stopwatch.GetTimestamp();
            reports.Build(added.StoryId, added.Article.Id, card);
            var t3 = Stopwatch.GetTimestamp();
            if (n++ < WarmUp) continue;
            extract.Add(Stopwatch.GetElapsedTime(start, t1).TotalMilliseconds);
            add.Add(Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds);
            report.Add(Stopwatch.GetElapsedTime(t2, t3).TotalMilliseconds);
            total.Add(Stopwatch.GetElapsedTime(start, t3).TotalMilliseconds);
            ids.Add(page.Id);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var slowest = Slowest(total.Count, i => total[i], i => $"{ids[i]} {BenchDoc.Ms(extract[i])} + {BenchDoc.Ms(add[i])} + {BenchDoc.Ms(report[i])} ms");
        Console.Error.WriteLine($"  slowest in-process lookups (extract + intake + report): {slowest}");
        return new Breakdown(Percentiles.Of(extract), Percentiles.Of(add), Percentiles.Of(report), Percentiles.Of(total), slowest);
    }

    private static string Render(BenchOptions options, string load, int pageCount, Percentiles extractTimes, Percentiles parseTimes, List<SizeRun> runs, Breakdown b)
    {
        var (extract, parse) = (extractTimes.P50, parseTimes.P50);
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine("## Lookup latency (`scripts/bench lookup`)");
        sb.AppendLine();
        sb.Append(BenchDoc.Machine(options.Root, load));
        sb.AppendLine(inv, $"- Pages: the {pageCount} isArticle=true pages of `../shared/data/extraction/wcxb-dev`, each looked up once per size over REST (`POST /api/analyze`) and once over the hub (`Analyze`), sequentially, from a client in another process, after {WarmUp} warm-up lookups. Each lookup has a fresh address, so it is a new article: extract, store, match, report.");
        sb.AppendLine("- Host: the Release build run as `dotnet host/bin/Release/net10.0/BiasCompanion.Host.dll --port P --data-dir D` on a free loopback port, a fresh process per store size; feed polling and automatic discovery off, per-client rate limits raised. The start-up extraction warm-up runs as shipped (`Extraction:WarmUpRounds=40`, the default) and the lookups start once `/api/health` says it has finished (a few seconds; `bench memory` times it and the first lookup without waiting).");
        sb.AppendLine(inv, $"- Stores: the rows of the clustering dev files (allsides, basil, ecbplus, giveme5w1h dev and neus-train: {BenchCorpus.RowsPerPass(options):N0} rows a pass) repeated with fresh ids and urls and dates shifted a year a pass, imported through the host's `import` command (CorpusImporter → ArticleIntake, so stories exist); the store grows 1k → 10k → 100k, and each size also holds the previous sizes' lookups. Rows that share a url are one article (same canonical url), so a store holds fewer distinct articles than rows imported: the \"articles stored\" column is the host's own count (`/api/health`) before the size's lookups.");
        sb.AppendLine(inv, $"- In-process, same pages, after the same start-up warm-up the host runs (`Extraction:WarmUpRounds`, generated pages): **ArticleExtractor median {BenchDoc.Ms(extract)} ms**, bare AngleSharp `HtmlParser.ParseDocument` median {BenchDoc.Ms(parse)} ms. Their tails: extractor p95 {BenchDoc.Ms(extractTimes.P95)} ms, p99 {BenchDoc.Ms(extractTimes.P99)} ms; AngleSharp p95 {BenchDoc.Ms(parseTimes.P95)} ms, p99 {BenchDoc.Ms(parseTimes.P99)} ms.");
        sb.AppendLine();
        sb.AppendLine("| Rows imported | Articles stored | Transport | p50 ms | p95 ms | p99 ms | max ms | p50 / extractor | p50 / AngleSharp | answered as article | host RSS after |");
        sb.AppendLine("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in runs)
        {
            foreach (var (name, p) in new[] { ("REST", r.Rest), ("hub", r.Hub) })
                sb.AppendLine(inv, $"| {r.Articles:N0} | {r.Stored:N0} | {name} | {BenchDoc.Ms(p.P50)} | {BenchDoc.Ms(p.P95)} | {BenchDoc.Ms(p.P99)} | {BenchDoc.Ms(p.Max)} | {p.P50 / extract:F2}× | {p.P50 / parse:F2}× | {r.Articled}/{r.Lookups} | {r.RssMb:F0} MB |");
        }
        sb.AppendLine();
        var first = runs[0];
        var last = runs[^1];
        sb.AppendLine(inv, $"Targets (at {last.Articles:N0} corpus rows = {last.Stored:N0} articles; the first size is {first.Articles:N0} rows):");
        foreach (var (name, p, p1) in new[] { ("REST", last.Rest, first.Rest), ("hub", last.Hub, first.Hub) })
        {
            sb.AppendLine(inv, $"- {name}: p50 ≤ 3 × extractor median: {BenchDoc.Ms(p.P50)} ms vs {BenchDoc.Ms(3 * extract)} ms — {BenchDoc.Verdict(p.P50 <= 3 * extract)}; " +
                               $"p50 within 1.2 × p50 at {first.Articles:N0}: {p.P50 / p1.P50:F2}× — {BenchDoc.Verdict(p.P50 <= 1.2 * p1.P50)}; " +
                               $"p99 < 100 ms: {BenchDoc.Ms(p.P99)} ms — {BenchDoc.Verdict(p.P99 < 100)}");
        }
        sb.AppendLine();
        sb.AppendLine(inv, $"Slowest lookups at {last.Articles:N0} rows (wcxb-dev page id, HTML size, REST/hub): {last.Slowest}.");
        sb.AppendLine();
        sb.AppendLine(inv, $"Profile: the lookup's steps timed one by one (Stopwatch) in one process over the same {last.Articles:N0}-article store, {b.Total.Count} article pages:");
        sb.AppendLine();
        sb.AppendLine("| Step | p50 ms | p95 ms | p99 ms | mean ms |");
        sb.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (name, p) in new[] { ("outlet + extract", b.Extract), ("intake (store + match)", b.Intake), ("report", b.Report), ("total", b.Total) })
            sb.AppendLine(inv, $"| {name} | {BenchDoc.Ms(p.P50)} | {BenchDoc.Ms(p.P95)} | {BenchDoc.Ms(p.P99)} | {BenchDoc.Ms(p.Mean)} |");
        sb.AppendLine();
        sb.AppendLine(inv, $"Slowest in-process lookups (page id: extract + intake + report): {b.Slowest}.");
        return sb.ToString();
    }
}
