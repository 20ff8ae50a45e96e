namespace BiasCompanion.Host.Coverage.KeyPoints;

/// <summary>The report's key points, framing and timeline for one story version: cached, with flagged points demoted.</summary>
public sealed class StoryInsights(InsightsCache cache, KeyPointFlagStore flags)
{
    public sealed record Insights(IReadOnlyList<KeyPoint> KeyPoints, IReadOnlyList<SideFraming> Framing, IReadOnlyList<SideTimeline> Timeline);

    /// <param name="originals">The story's articles without its reposts.</param>
    public Insights For(long storyId, int memberCount, DateTimeOffset updated, IReadOnlyList<KeyPointSource> originals)
    {
        var version = new InsightsCache.Version(storyId, memberCount, updated, Fingerprint(originals));
        var result = cache.GetOrAdd(version, () => KeyPointExtractor.Extract(originals));
        var timeline = CoverageTimeline.Build(originals.Select(s => (s.Side, s.Time)).ToList());
        return new Insights(Demote(result.Points, storyId), result.Framing, timeline);
    }

    /// <summary>Flagged points keep their text and sources but go last, marked.</summary>
    private IReadOnlyList<KeyPoint> Demote(IReadOnlyList<KeyPoint> points, long storyId)
    {
        if (points.Count == 0) return points;
        var flagged = flags.HashesOf(storyId);
        if (flagged.Count == 0) return points;
        var marked = points.Select(p => flagged.Contains(KeyPointFlagStore.Hash(p.Text)) ? p with { Flagged = true } : p).ToList();
        return marked.Where(p => !p.Flagged).Concat(marked.Where(p => p.Flagged)).ToList();
    }

    private static long Fingerprint(IReadOnlyList<KeyPointSource> originals)
    {
        var hash = new HashCode();
        foreach (var source in originals.OrderBy(s => s.ArticleId))
        {
            hash.Add(source.ArticleId);
            hash.Add(source.Side);
            hash.Add(source.OutletKey);
        }
        return hash.ToHashCode();
    }
}
