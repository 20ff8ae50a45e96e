using BiasCompanion.Host.Coverage;
using Microsoft.AspNetCore.SignalR;

namespace BiasCompanion.Host.Api;

/// <summary>Pushes a changed story's report to the hub connections watching it (or a story merged into it).</summary>
public sealed class HubCoverageNotifier(IHubContext<CoverageHub, ICoverageClient> hub, CoverageReportBuilder reports, StoryWatchers watchers)
    : ICoverageNotifier
{
    // A connection that watched a story before it was merged stays in the old story's group (SignalR cannot list or
    // move a group's members), so every later push for the surviving story also goes to the groups of the stories
    // merged into it, not only the push that announced the merge. One entry per merge; a restart needs none, since
    // a client watching an old id again is resolved to the survivor by Watch.
    private readonly Dictionary<long, HashSet<long>> _mergedInto = [];

    // Two changes of one story (a lookup and a feed item at once) each build a report and send it; unordered, the
    // older report could overtake the newer and stay on the reader's screen. Under the story's lock a report is built
    // and handed to SignalR (which queues it on every connection in call order), so pushes leave in build order; the
    // writes themselves complete outside the lock, so a slow client holds nobody up.
    private readonly object[] _storyLocks = Enumerable.Range(0, 64).Select(_ => new object()).ToArray();

    public Task StoryChangedAsync(long storyId, IReadOnlyList<long> mergedStoryIds)
    {
        lock (_storyLocks[(int)((ulong)storyId % (ulong)_storyLocks.Length)])
        {
            var aliases = Remember(storyId, mergedStoryIds.Where(id => id != storyId).ToList());
            // Nobody watches: no report to build (a later lookup builds its own).
            if (!watchers.AnyWatching(aliases.Prepend(storyId))) return Task.CompletedTask;
            if (reports.Build(storyId) is not { } report) return Task.CompletedTask;
            var live = report.StoryId ?? storyId;
            if (live != storyId) aliases = Remember(live, [storyId]); // the id given had been merged since
            var groups = aliases.Prepend(live).Select(CoverageHub.GroupOf).ToList();
            return hub.Clients.Groups(groups).CoverageUpdated(report);
        }
    }

    public Task DiscoveryProgressAsync(long storyId, int found, bool done) =>
        hub.Clients.Group(CoverageHub.GroupOf(storyId)).DiscoveryProgress(storyId, found, done);

    /// <summary>Records <paramref name="merged"/> (and what had been merged into them) as merged into <paramref name="live"/>; returns all of them.</summary>
    private List<long> Remember(long live, List<long> merged)
    {
        lock (_mergedInto)
        {
            if (merged.Count > 0)
            {
                if (!_mergedInto.TryGetValue(live, out var known)) _mergedInto[live] = known = [];
                foreach (var id in merged)
                {
                    known.Add(id);
                    if (_mergedInto.Remove(id, out var theirs)) known.UnionWith(theirs);
                }
            }
            return _mergedInto.TryGetValue(live, out var all) ? all.ToList() : [];
        }
    }
}
