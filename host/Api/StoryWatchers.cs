using System.Collections.Concurrent;

namespace BiasCompanion.Host.Api;

/// <summary>
/// Which stories some hub connection watches (SignalR cannot say whether a group has members), so a story change
/// nobody watches is not turned into a report: the key points make that report most of what a feed item costs.
/// </summary>
public sealed class StoryWatchers
{
    private readonly ConcurrentDictionary<string, HashSet<long>> _byConnection = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, int> _counts = new();

    public void Add(string connectionId, long storyId)
    {
        var mine = _byConnection.GetOrAdd(connectionId, _ => []);
        lock (mine)
        {
            if (!mine.Add(storyId)) return;
        }
        _counts.AddOrUpdate(storyId, 1, (_, n) => n + 1);
    }

    public void Remove(string connectionId, long storyId)
    {
        if (!_byConnection.TryGetValue(connectionId, out var mine)) return;
        lock (mine)
        {
            if (!mine.Remove(storyId)) return;
        }
        Decrement(storyId);
    }

    /// <summary>The connection closed: it watches nothing any more.</summary>
    public void Forget(string connectionId)
    {
        if (!_byConnection.TryRemove(connectionId, out var mine)) return;
        List<long> stories;
        lock (mine) stories = mine.ToList();
        foreach (var story in stories) Decrement(story);
    }

    public bool AnyWatching(IEnumerable<long> storyIds) => storyIds.Any(id => _counts.TryGetValue(id, out var n) && n > 0);

    private void Decrement(long storyId)
    {
        _counts.AddOrUpdate(storyId, 0, (_, n) => n - 1);
        _counts.TryRemove(KeyValuePair.Create(storyId, 0));
    }
}
