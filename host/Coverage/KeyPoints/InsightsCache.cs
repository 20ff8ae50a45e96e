namespace BiasCompanion.Host.Coverage.KeyPoints;

/// <summary>
/// The last computed insights per story version, least recently used evicted past <see cref="Capacity"/>. A version is
/// (story id, member count, updated time, a fingerprint of the members' sides), so a new article, a merge or a changed
/// outlet rating recomputes, and nothing else does.
/// </summary>
public sealed class InsightsCache
{
    public const int Capacity = 256;

    public readonly record struct Version(long StoryId, int Members, DateTimeOffset Updated, long SidesFingerprint);

    private readonly Lock _lock = new();
    private readonly Dictionary<long, LinkedListNode<(Version Version, KeyPointResult Result)>> _byStory = [];
    private readonly LinkedList<(Version Version, KeyPointResult Result)> _recency = [];

    public KeyPointResult GetOrAdd(Version version, Func<KeyPointResult> compute)
    {
        lock (_lock)
        {
            if (_byStory.TryGetValue(version.StoryId, out var node) && node.Value.Version == version)
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                return node.Value.Result;
            }
        }
        var result = compute(); // outside the lock: two readers may compute one version twice, never block each other
        lock (_lock)
        {
            if (_byStory.Remove(version.StoryId, out var stale)) _recency.Remove(stale);
            _byStory[version.StoryId] = _recency.AddFirst((version, result));
            while (_recency.Count > Capacity)
            {
                _byStory.Remove(_recency.Last!.Value.Version.StoryId);
                _recency.RemoveLast();
            }
        }
        return result;
    }

    public int Count
    {
        get { lock (_lock) return _recency.Count; }
    }
}
