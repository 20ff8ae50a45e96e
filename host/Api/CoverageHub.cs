using BiasCompanion.Host.Coverage;
using BiasCompanion.Host.Coverage.KeyPoints;
using BiasCompanion.Host.Stories;
using Microsoft.AspNetCore.SignalR;

namespace BiasCompanion.Host.Api;

/// <summary>The extension's live connection (DESIGN §3). Methods delegate to the coverage services.</summary>
public sealed class CoverageHub(
    CoverageLookup lookup, CoverageReportBuilder reports, IStoryReader stories, IDiscoveryLauncher discovery, AnalyzeRateLimiter limiter,
    KeyPointFlagging flagging, StoryWatchers watchers)
    : Hub<ICoverageClient>
{
    public const string Path = "/hubs/coverage";

    public static string GroupOf(long storyId) => $"story:{storyId}";

    /// <summary>Extract → store → match → report; the connection then watches the page's story.</summary>
    public async Task<CoverageReport> Analyze(PageCapture capture)
    {
        if (!limiter.TryAcquire(Context.ConnectionId))
            throw new HubException("Too many lookups: wait a moment and try again.");
        var outcome = await lookup.AnalyzeAsync(capture, Context.ConnectionAborted);
        if (outcome.Report is not { } report) throw new HubException(outcome.Message);
        if (report.StoryId is { } storyId) await WatchAsync(storyId);
        return report;
    }

    public Task Watch(long storyId) => WatchAsync(Existing(storyId));

    /// <summary>Stops the pushes of the story, whether it was watched under this id or (since merged) its survivor's.</summary>
    public async Task Unwatch(long storyId)
    {
        var live = stories.Get(storyId)?.Id ?? storyId;
        foreach (var id in new[] { storyId, live }.Distinct())
        {
            watchers.Remove(Context.ConnectionId, id);
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupOf(id));
        }
    }

    /// <summary>Starts discovery for the story and watches it: progress and new coverage arrive as pushes.</summary>
    public async Task<CoverageReport> SeeOtherSides(long storyId)
    {
        var id = Existing(storyId);
        await WatchAsync(id);
        discovery.Start(id);
        return reports.Build(id) ?? throw new HubException($"No story {storyId}.");
    }

    /// <summary>"Does this summary seem wrong?": the point is demoted for the story; returns the updated report.</summary>
    public CoverageReport FlagKeyPoint(long storyId, string pointText) =>
        flagging.Flag(storyId, pointText) switch { { Report: { } report } => report, var failed => throw new HubException(failed.Message) };

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        limiter.Forget(Context.ConnectionId);
        watchers.Forget(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    private async Task WatchAsync(long storyId)
    {
        watchers.Add(Context.ConnectionId, storyId);
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(storyId));
    }

    private long Existing(long storyId) => stories.Get(storyId)?.Id ?? throw new HubException($"No story {storyId}.");
}
