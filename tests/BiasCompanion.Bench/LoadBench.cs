using System.Globalization;
using System.Text;
using BiasCompanion.Tests.Load;

namespace BiasCompanion.Bench;

/// <summary>
/// <c>load</c>: 200 concurrent hub clients looking pages up and watching stories for a fixed time while a feed burst
/// lands in the stories they watch (<see cref="LoadScenario"/>, the same scenario as the Long load test), on articles
/// of the clustering dev files.
/// </summary>
public static class LoadBench
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var load = BenchDoc.LoadAverage();
        var folder = Path.Combine(options.DataRoot, "clustering");
        var stories = NewsItems.FromClustering(folder, minArticles: 2, runTag: "load-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));
        var dataDir = Path.Combine(options.WorkDir, "load-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDir);
        var settings = new LoadScenario.Settings
        {
            HostDll = options.HostDll,
            DataDir = dataDir,
            Stories = stories,
            Clients = options.Clients ?? 200,
            Duration = TimeSpan.FromSeconds(options.Seconds ?? 60),
            LookupInterval = TimeSpan.FromSeconds(3),
            WatchedStories = 40,
            BurstNewStories = 60,
            Progress = message => Console.Error.WriteLine("  " + message),
        };
        Console.Error.WriteLine($"bench load: {settings.Clients} hub clients for {settings.Duration.TotalSeconds:F0} s against the Release host, {stories.Count} stories from {folder}");
        LoadScenario.Result result;
        try
        {
            result = await new LoadScenario(settings).RunAsync();
        }
        finally
        {
            try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
        }
        Console.Error.WriteLine(LoadReport.Summary(result));
        if (result.Failures > 0) Console.Error.WriteLine("failures: " + string.Join("\n  ", result.FailureSamples) + "\nhost log tail:\n" + result.HostLogTail);

        var doc = Render(options, load, settings, result);
        BenchDoc.WriteSection(options.Doc, "load", doc);
        Console.WriteLine(doc);
        Console.Error.WriteLine($"bench load: written to {options.Doc}");
        var growth = LoadReport.SteadyGrowthMb(result.Rss);
        return result.Failures == 0 && result.DroppedConnections == 0 && result.MissingPushes == 0 && result.WronglyNotArticle == 0 && result.StaleFinalReports == 0 && growth <= LoadReport.MaxSteadyGrowthMb ? 0 : 1;
    }

    private static string Render(BenchOptions options, string load, LoadScenario.Settings s, LoadScenario.Result r)
    {
        var inv = CultureInfo.InvariantCulture;
        string Row(string name, List<double> xs) => xs.Count == 0 ? $"| {name} | 0 | — | — | — | — |" : string.Create(inv,
            $"| {name} | {xs.Count:N0} | {BenchDoc.Ms(LoadReport.Percentile(xs, 0.5))} | {BenchDoc.Ms(LoadReport.Percentile(xs, 0.95))} | **{BenchDoc.Ms(LoadReport.Percentile(xs, 0.99))}** | {BenchDoc.Ms(xs.Max())} |");
        var growth = LoadReport.SteadyGrowthMb(r.Rss);
        var sb = new StringBuilder();
        sb.AppendLine(inv, $"## Load: {r.Clients} hub clients and a feed burst (`scripts/bench load`)");
        sb.AppendLine();
        sb.Append(BenchDoc.Machine(options.Root, load));
        sb.AppendLine(inv, $"- The Release host as a separate process; {r.Clients} SignalR clients (WebSockets, the pairing token) in the bench process. Each client watches {s.WatchesPerClient} of {s.WatchedStories} stories seeded through the feeds, then for {r.Duration.TotalSeconds:F0} s looks a page up every {s.LookupInterval.TotalSeconds * 0.5:F1}–{s.LookupInterval.TotalSeconds * 1.5:F1} s (`Analyze` of a small article page built from a clustering dev article; {s.RepeatShare:P0} of lookups repeat a page already looked up) and then calls `Watch` on the story it got. The host's rate limits are the defaults (burst 20, 120 a minute per connection), which this pace stays under.");
        sb.AppendLine(inv, $"- At {r.Duration.TotalSeconds * 0.3:F0} s a feed burst: {r.BurstItems} items (the other articles of the {s.WatchedStories} watched stories and {s.BurstNewStories} new stories) plus {r.BurstDuplicates} tracking-parameter repeats, from {s.Feeds} loopback feeds (`Fetch:AllowLoopback=true`; see `bench ingest`). Ingested in {r.BurstSeconds:F1} s (first feed response → last commit) while the lookups ran.");
        sb.AppendLine("- Push latency: each received `CoverageUpdated`'s arrival (bench clock) minus the commit of the newest article in it (`story_members.joined_utc`, host clock, same machine; see `bench ingest`).");
        sb.AppendLine("- \"Every watcher updated\": for each client and each burst article whose story (merges followed) is one the client watches, a `CoverageUpdated` holding that article must arrive. RSS: the host's VmRSS sampled every 0.5 s during the run.");
        sb.AppendLine();
        sb.AppendLine("| Call | Count | p50 ms | p95 ms | p99 ms | max ms |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|");
        sb.AppendLine(Row("`Analyze`", r.AnalyzeMs));
        sb.AppendLine(Row("`Watch`", r.WatchMs));
        sb.AppendLine(Row("push latency (commit → client), every push received", r.PushLatencyMs));
        sb.AppendLine();
        var rss = r.Rss.Select(x => x.Mb).ToList();
        sb.AppendLine("| Check | Result |");
        sb.AppendLine("|---|---|");
        sb.AppendLine(inv, $"| Failed calls | {r.Failures} {(r.Failures == 0 ? "— **met** (zero)" : "— **not met**: " + string.Join("; ", r.FailureSamples.Take(3)))} |");
        sb.AppendLine(inv, $"| Dropped connections | {r.DroppedConnections} — {BenchDoc.Verdict(r.DroppedConnections == 0)} |");
        sb.AppendLine(inv, $"| Lookups answered \"not an article\" | {r.NotArticleAnswers} (short clustering texts); of those the extractor run alone calls an article: {r.WronglyNotArticle} — {BenchDoc.Verdict(r.WronglyNotArticle == 0)} |");
        sb.AppendLine(inv, $"| Every watcher gets its updates | {r.WatchersFullyUpdated}/{r.WatchersExpectingUpdates} watchers got every due push; {r.ExpectedPushes - r.MissingPushes}/{r.ExpectedPushes} pushes — {BenchDoc.Verdict(r.MissingPushes == 0)} |");
        sb.AppendLine(inv, $"| Pushes in order: (client, story) pairs whose last push lacks an article an earlier push held | {r.StaleFinalReports} — {BenchDoc.Verdict(r.StaleFinalReports == 0)} |");
        sb.AppendLine(inv, $"| Host RSS | first sample {rss.FirstOrDefault():F0} MB, max sampled {(rss.Count > 0 ? rss.Max() : 0):F0} MB, last {rss.LastOrDefault():F0} MB, peak (VmHWM) {r.PeakRssMb:F0} MB; {r.ArticlesAtEnd:N0} articles stored at the end |");
        sb.AppendLine(inv, $"| No unbounded growth: median RSS of the last 20 % of the run minus that of 40–60 % | {growth:F0} MB ≤ {LoadReport.MaxSteadyGrowthMb:F0} MB — {BenchDoc.Verdict(growth <= LoadReport.MaxSteadyGrowthMb)} |");
        sb.AppendLine(inv, $"| `CoverageUpdated` messages received in all | {r.PushesReceived:N0} |");
        sb.AppendLine();
        sb.AppendLine("RSS over the run (s → MB): " + string.Join(", ", r.Rss.Where((_, i) => i % 10 == 0).Select(x => string.Create(inv, $"{x.Seconds:F0}→{x.Mb:F0}"))));
        return sb.ToString();
    }
}
