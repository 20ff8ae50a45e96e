using System.Globalization;

namespace BiasCompanion.Tests.Load;

/// <summary>Figures from a <see cref="LoadScenario.Result"/>: percentiles, memory growth, a one-paragraph summary.</summary>
public static class LoadReport
{
    /// <summary>
    /// The bound on "no unbounded growth": between the middle of the run (40–60 %, after the burst began) and its end
    /// (last 20 %), the median RSS may rise by at most this much. The store keeps growing (every fresh lookup adds an
    /// article), so a little growth is expected; a leak per call or per push would show as far more.
    /// </summary>
    public const double MaxSteadyGrowthMb = 64;

    public static double Percentile(IReadOnlyCollection<double> samples, double q)
    {
        if (samples.Count == 0) return double.NaN;
        var sorted = samples.Order().ToArray();
        return sorted[(int)Math.Round(q * (sorted.Length - 1))];
    }

    /// <summary>
    /// (watcher, story) pairs whose last push, in arrival order, lacks an article an earlier push of that story held:
    /// the reader's sidebar would end on an older report than one it had already shown (articles never leave a story).
    /// </summary>
    public static int StaleFinalReports(IEnumerable<HubWatcher> watchers)
    {
        var stale = 0;
        foreach (var watcher in watchers)
        {
            foreach (var story in watcher.Pushes().GroupBy(p => p.StoryId))
            {
                var pushes = story.ToList();
                var last = pushes[^1].ArticleIds.ToHashSet();
                if (pushes.Take(pushes.Count - 1).Any(p => p.ArticleIds.Any(id => !last.Contains(id)))) stale++;
            }
        }
        return stale;
    }

    public static double SteadyGrowthMb(IReadOnlyList<LoadScenario.RssSample> rss)
    {
        if (rss.Count < 10) return 0;
        var end = rss[^1].Seconds;
        double Median(double from, double to) => Percentile(rss.Where(s => s.Seconds >= from * end && s.Seconds <= to * end).Select(s => s.Mb).ToList(), 0.5);
        return Median(0.8, 1.0) - Median(0.4, 0.6);
    }

    public static string Summary(LoadScenario.Result r)
    {
        var inv = CultureInfo.InvariantCulture;
        string P(List<double> xs) => xs.Count == 0 ? "none" : string.Create(inv,
            $"{xs.Count} calls, p50 {Percentile(xs, 0.5):F1} ms, p95 {Percentile(xs, 0.95):F1} ms, p99 {Percentile(xs, 0.99):F1} ms, max {xs.Max():F0} ms");
        var rss = r.Rss.Select(s => s.Mb).ToList();
        return string.Create(inv, $"""
            {r.Clients} clients for {r.Duration.TotalSeconds:F0} s (wall {r.WallSeconds:F0} s); failures {r.Failures}, dropped connections {r.DroppedConnections}, lookups answered "not an article" {r.NotArticleAnswers} (wrongly, by the extractor run alone: {r.WronglyNotArticle})
            host threads: first {(r.Rss.Count > 0 ? r.Rss[0].Threads : 0)}, max {(r.Rss.Count > 0 ? r.Rss.Max(x => x.Threads) : 0)}, last {(r.Rss.Count > 0 ? r.Rss[^1].Threads : 0)}
            Analyze: {P(r.AnalyzeMs)}
            Watch: {P(r.WatchMs)}
            stories whose last push was older than an earlier one (stale final report): {r.StaleFinalReports}
            burst: {r.BurstItems} items (+{r.BurstDuplicates} repeats) in {r.BurstSeconds:F1} s; pushes due {r.ExpectedPushes}, missing {r.MissingPushes}; watchers fully updated {r.WatchersFullyUpdated}/{r.WatchersExpectingUpdates}; pushes received in all {r.PushesReceived}
            push latency (commit of the newest article in the report → client), every push: {P(r.PushLatencyMs)}
            host RSS: first {(rss.Count > 0 ? rss[0] : 0):F0} MB, last {(rss.Count > 0 ? rss[^1] : 0):F0} MB, max sampled {(rss.Count > 0 ? rss.Max() : 0):F0} MB, peak (VmHWM) {r.PeakRssMb:F0} MB, growth over the second half {SteadyGrowthMb(r.Rss):F0} MB; {r.ArticlesAtEnd} articles stored at the end
            """);
    }
}
