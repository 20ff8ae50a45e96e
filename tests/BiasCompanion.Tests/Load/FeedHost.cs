using System.Diagnostics;
using System.Globalization;
using BiasCompanion.Tests.Infrastructure;

namespace BiasCompanion.Tests.Load;

/// <summary>
/// The built host as a separate process polling the <see cref="NewsFeedWeb"/> feeds, and a way to wait until a
/// round of items is in. Settings that differ from the defaults (all documented configuration keys):
/// <list type="bullet">
/// <item><c>Fetch:AllowLoopback=true</c> — the documented switch the ingestion tests use for their loopback fixture web (off by default);</item>
/// <item><c>Fetch:MinHostIntervalMilliseconds=0</c> and a 1 s poll interval — every feed lives on one loopback host, and the politeness delay meant for real sites would only measure itself;</item>
/// <item><c>Ingestion:MaxItemsPerPoll=2000</c> — a round is one poll per feed;</item>
/// <item><c>Ingestion:MinFeedTextWords=1</c> — items carry their text, so no page is fetched (the outlets' urls are real domains and must never be requested).</item>
/// </list>
/// </summary>
public static class FeedHost
{
    public static Dictionary<string, string> Environment(NewsFeedWeb web, IReadOnlyDictionary<string, string>? extra = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["BiasCompanion__Ingestion__Enabled"] = "true",
            ["BiasCompanion__Ingestion__UseRegistryFeeds"] = "false",
            ["BiasCompanion__Ingestion__TickMilliseconds"] = "100",
            ["BiasCompanion__Ingestion__PollIntervalSeconds"] = "1",
            ["BiasCompanion__Ingestion__MaxItemsPerPoll"] = "2000",
            ["BiasCompanion__Ingestion__MinFeedTextWords"] = "1",
            ["BiasCompanion__Fetch__AllowLoopback"] = "true",
            ["BiasCompanion__Fetch__MinHostIntervalMilliseconds"] = "0",
        };
        for (var i = 0; i < web.FeedUrls.Count; i++)
            environment[$"BiasCompanion__Ingestion__Feeds__{i.ToString(CultureInfo.InvariantCulture)}"] = web.FeedUrls[i].AbsoluteUri;
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) environment[key] = value;
        return environment;
    }

    /// <summary>
    /// Waits until every url of <paramref name="items"/> is stored and placed in a story; returns the placements and
    /// the commit time of the last one (host clock). Throws with the host's log after <paramref name="timeout"/>.
    /// </summary>
    public static async Task<(Dictionary<string, StoreProbe.Placement> Placements, DateTimeOffset LastCommit)> WaitPlacedAsync(
        HostProcess host, StoreProbe probe, IReadOnlyCollection<NewsItem> items, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var urls = items.Select(i => i.Url).ToList();
        while (true)
        {
            if (host.HasExited) throw new InvalidOperationException($"the host exited:\n{host.Log()}");
            var placed = probe.Placements(urls);
            if (placed.Count == urls.Count)
                return (placed, DateTimeOffset.FromUnixTimeMilliseconds(placed.Values.Max(p => p.JoinedMs)));
            if (clock.Elapsed > timeout)
                throw new TimeoutException($"{placed.Count}/{urls.Count} items placed after {timeout.TotalSeconds:F0} s:\n{host.Log()}");
            await Task.Delay(200);
        }
    }
}
