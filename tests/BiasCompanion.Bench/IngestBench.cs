using System.Diagnostics;
using System.Globalization;
using System.Text;
using BiasCompanion.Tests.Infrastructure;
using BiasCompanion.Tests.Load;

namespace BiasCompanion.Bench;

/// <summary>
/// <c>ingest</c>: feed items per second end to end (feed fetch and parse, dedupe, match, store, push) from a loopback
/// fixture web into the real host process, with 0 and then 50 hub watchers on the stories the items join, and the
/// push latency from an article's commit to a watcher's <c>CoverageUpdated</c>.
/// </summary>
public static class IngestBench
{
    private const int Feeds = 8;
    private const int WarmUpStories = 30;
    private const double RepeatShare = 0.1;

    private sealed record Round(string Name, int Watchers, int NewItems, int Repeats, double Seconds, long StoreBefore, double CpuSeconds);

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var load = BenchDoc.LoadAverage();
        var folder = Path.Combine(options.DataRoot, "clustering");
        var followersPerRound = options.Items ?? 1000;
        var watcherCount = options.Watchers ?? 50;
        var stories = NewsItems.FromClustering(folder, minArticles: 2, runTag: "ingest-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));
        var warmUp = stories.Take(WarmUpStories).SelectMany(s => s).ToList();
        // Stories alternate between the two measured rounds, so both get the same mix of datasets.
        var (a, b) = (new List<List<NewsItem>>(), new List<List<NewsItem>>());
        foreach (var (story, i) in stories.Skip(WarmUpStories).Select((s, i) => (s, i)))
        {
            var target = i % 2 == 0 ? a : b;
            if (target.Sum(s => s.Count - 1) < followersPerRound) target.Add(story);
        }
        Console.Error.WriteLine($"bench ingest: {stories.Count} stories of 2+ articles in {folder}; each round follows {a.Count} / {b.Count} seeded stories");

        var dataDir = Path.Combine(options.WorkDir, "ingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDir);
        try
        {
            await using var web = await NewsFeedWeb.StartAsync(Feeds);
            await using var host = HostProcess.Start(options.HostDll, dataDir, FeedHost.Environment(web));
            await host.WaitReadyAsync(TimeSpan.FromMinutes(2));
            var probe = new StoreProbe(dataDir);

            Console.Error.WriteLine($"  warm-up round: {warmUp.Count} items");
            web.Publish(warmUp);
            await FeedHost.WaitPlacedAsync(host, probe, warmUp, TimeSpan.FromMinutes(5));

            var seeds = a.Concat(b).Select(s => s[0]).ToList();
            Console.Error.WriteLine($"  seed round: {seeds.Count} items (the first article of each measured story)");
            web.Publish(seeds);
            var (seeded, _) = await FeedHost.WaitPlacedAsync(host, probe, seeds, TimeSpan.FromMinutes(5));

            var roundA = await MeasureRoundAsync("0 watchers", web, host, probe, a, 0);

            Console.Error.WriteLine($"  connecting {watcherCount} hub watchers, each watching the {b.Count} stories of the next round");
            var watchedStories = b.Select(s => probe.Resolve(seeded[s[0].Url].StoryId)).Distinct().ToList();
            var watchers = new List<HubWatcher>();
            for (var i = 0; i < watcherCount; i++)
            {
                var watcher = await HubWatcher.ConnectAsync(host.Address, host.Token()!, i);
                foreach (var story in watchedStories) await watcher.WatchAsync(story);
                watchers.Add(watcher);
            }
            var roundB = await MeasureRoundAsync($"{watcherCount} watchers", web, host, probe, b, watcherCount);

            // Every follower that joined a watched story is due at every watcher.
            var followers = b.SelectMany(s => s.Skip(1)).ToList();
            var placed = probe.Placements(followers.Select(f => f.Url)).Values.ToList();
            var watched = watchedStories.Select(probe.Resolve).ToHashSet();
            var due = placed.Where(p => watched.Contains(p.StoryId)).ToList();
            var grace = Stopwatch.StartNew();
            int Missing() => watchers.Sum(w => { var got = w.Pushes().SelectMany(p => p.ArticleIds).ToHashSet(); return due.Count(d => !got.Contains(d.ArticleId)); });
            while (Missing() > 0 && grace.Elapsed < TimeSpan.FromSeconds(20)) await Task.Delay(250);
            var latencies = StoreProbe.PushLatencies(watchers.SelectMany(w => w.Pushes()), probe.JoinedTimes());
            var original = watchedStories.ToHashSet();
            var got0 = watchers[0].Pushes().SelectMany(p => p.ArticleIds).ToHashSet();
            foreach (var lost in due.Where(d => !got0.Contains(d.ArticleId)).Take(5))
                Console.Error.WriteLine($"    not received by watcher 0: article {lost.ArticleId} in story {lost.StoryId} ({(original.Contains(lost.StoryId) ? "a story it watched itself" : "a story another watched story was merged into")})");
            var pushesReceived = watchers.Sum(w => w.Pushes().Count);
            var stale = LoadReport.StaleFinalReports(watchers);
            Console.Error.WriteLine($"    (watcher, story) pairs whose last push was older than an earlier one: {stale}");
            var failures = watchers.Sum(w => w.Failures);
            var missing = Missing();
            var rss = host.Memory();
            foreach (var watcher in watchers) await watcher.DisposeAsync();

            var doc = Render(options, load, roundA, roundB, followers.Count, due.Count, watcherCount, latencies, missing, pushesReceived, failures, rss, stale);
            BenchDoc.WriteSection(options.Doc, "ingest", doc);
            Console.WriteLine(doc);
            Console.Error.WriteLine($"bench ingest: written to {options.Doc}");
            return missing == 0 && failures == 0 && stale == 0 ? 0 : 1;
        }
        finally
        {
            try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Publishes the followers of <paramref name="stories"/> (plus some repeats of their seeds) and times them from the first feed served to the last commit.</summary>
    private static async Task<Round> MeasureRoundAsync(string name, NewsFeedWeb web, HostProcess host, StoreProbe probe, List<List<NewsItem>> stories, int watchers)
    {
        var followers = stories.SelectMany(s => s.Skip(1)).ToList();
        var repeats = stories.Select(s => s[0]).Take((int)(followers.Count * RepeatShare)).ToList();
        var before = probe.ArticleCount();
        var cpu = ProcessCpu.Of(host.Pid);
        Console.Error.WriteLine($"  round with {name}: {followers.Count} new items + {repeats.Count} repeats (tracking-parameter duplicates)");
        web.Publish(followers, repeats);
        var (_, lastCommit) = await FeedHost.WaitPlacedAsync(host, probe, followers, TimeSpan.FromMinutes(10));
        var seconds = (lastCommit - web.RoundFirstServed!.Value).TotalSeconds;
        var cpuSeconds = (ProcessCpu.Of(host.Pid) - cpu).TotalSeconds;
        var after = probe.ArticleCount();
        if (after - before != followers.Count)
            throw new InvalidOperationException($"the round stored {after - before} articles for {followers.Count} new items: a repeat was not deduplicated");
        Console.Error.WriteLine($"    {(followers.Count + repeats.Count) / seconds:F0} items/s ({seconds:F1} s; host CPU {cpuSeconds:F1} s)");
        return new Round(name, watchers, followers.Count, repeats.Count, seconds, before, cpuSeconds);
    }

    private static string Render(BenchOptions options, string load, Round a, Round b, int followers, int due, int watchers,
        List<double> latencies, int missing, int pushes, int failures, (double RssMb, double PeakMb) rss, int stale)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("## Ingest throughput and push latency (`scripts/bench ingest`)");
        sb.AppendLine();
        sb.Append(BenchDoc.Machine(options.Root, load));
        sb.AppendLine(inv, $"- The Release host as a separate process polls {Feeds} RSS feeds on a loopback fixture web (`BiasCompanion:Fetch:AllowLoopback=true`, the switch the ingestion tests use; off by default). Items are articles of `../shared/data/clustering/*.jsonl` (read at run time; stories of 2+ articles; urls made unique per run on the outlets' own domains), with their whole text in `content:encoded`, so no page is fetched (`Ingestion:MinFeedTextWords=1`); `Fetch:MinHostIntervalMilliseconds=0` and a 1 s poll interval because every feed is on one loopback host; `Ingestion:MaxItemsPerPoll=2000`.");
        sb.AppendLine("- Before the measured rounds: a warm-up round, then a seed round with the first article of every measured story. Each measured round publishes the other articles of its stories (new items, which join the seeded stories, start new ones or merge) and, first in each feed, 10 % repeats of already stored urls with `utm_` parameters (dedupe). A round's time runs from the first feed response carrying it (the bench's clock) to the commit of its last article (`story_members.joined_utc`, written by the matcher in the transaction that places the article, host clock); items/s counts new items and repeats.");
        sb.AppendLine(inv, $"- Push latency, for every `CoverageUpdated` a watcher received: its arrival (the bench's `DateTimeOffset.UtcNow` in the SignalR handler, after the client deserialised the report) minus the commit time of the newest article the report holds (`joined_utc`: the commit that caused the push, or a later one the report already included; ms resolution, so up to 1 ms is added). Host and bench run on the same machine and read the same clock. Each watcher watches every story of the round (worst-case fan-out: every article is pushed to all {watchers}); the bench's 50 clients share the 2 cores with the host.");
        sb.AppendLine("- Completeness: every new item that joined a watched story (merges followed) must reach every watcher in some `CoverageUpdated`.");
        sb.AppendLine();
        sb.AppendLine("| Round | Hub watchers | New items | Repeats | Store before | Seconds | **Items/s** | New articles/s | Host CPU s (user+sys) | Host CPU ms per item |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in new[] { a, b })
            sb.AppendLine(inv, $"| {r.Name} | {r.Watchers} | {r.NewItems} | {r.Repeats} | {r.StoreBefore:N0} | {r.Seconds:F1} | **{(r.NewItems + r.Repeats) / r.Seconds:F0}** | {r.NewItems / r.Seconds:F0} | {r.CpuSeconds:F1} | {1000 * r.CpuSeconds / (r.NewItems + r.Repeats):F1} |");
        sb.AppendLine();
        sb.AppendLine("Host CPU is the host process's user + system time over the round (/proc/PID/stat, 10 ms ticks, including the feed polls' idle 304s): on a shared machine it is the steadier figure, since wall time also counts the other processes' turns.");
        sb.AppendLine();
        string P(double q) => latencies.Count == 0 ? "—" : BenchDoc.Ms(LoadReport.Percentile(latencies, q));
        sb.AppendLine(inv, $"Push latency, commit → watcher's `CoverageUpdated` ({latencies.Count:N0} pushes; {due} of the {followers} new items joined a watched story, so {due * watchers:N0} article deliveries were due): **p50 {P(0.5)} ms**, p95 {P(0.95)} ms, **p99 {P(0.99)} ms**, max {P(1.0)} ms.");
        sb.AppendLine(inv, $"Pushes due but never received: {missing}; (watcher, story) pairs whose last push lacks an article an earlier push held: {stale}; `CoverageUpdated` messages received in all: {pushes:N0}; failed hub calls: {failures}. Host RSS at the end {rss.RssMb:F0} MB (peak {rss.PeakMb:F0} MB).");
        return sb.ToString();
    }
}
