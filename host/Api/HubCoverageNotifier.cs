using BiasCompanion.Host.Coverage;
using Microsoft.AspNetCore.SignalR;

namespace BiasCompanion.Host.Api;

/// <summary>Pushes a changed story's report to the hub connections watching it (or a story merged into it).</summary>
public sealed class HubCoverageNotifier(IHubContext<CoverageHub, ICoverageClient> hub, CoverageReportBuilder reports) : ICoverageNotifier
{
    public async Task StoryChangedAsync(long storyId, IReadOnlyList<long> mergedStoryIds)
    {
        if (reports.Build(storyId) is not { } report) return;
        var groups = mergedStoryIds.Prepend(storyId).Distinct().Select(CoverageHub.GroupOf).ToList();
        await hub.Clients.Groups(groups).CoverageUpdated(report);
    }

    public Task DiscoveryProgressAsync(long storyId, int found, bool done) =>
        hub.Clients.Group(CoverageHub.GroupOf(storyId)).DiscoveryProgress(storyId, found, done);
}
