namespace BiasCompanion.Host.Stories.Matching;

/// <summary>An active story in memory: its members' profiles and the sums the scorer compares against.</summary>
internal sealed class StoryState(long id)
{
    public long Id { get; } = id;
    public List<ArticleProfile> Members { get; } = [];
    public Dictionary<int, float> BodySum { get; } = [];
    public Dictionary<int, float> TitleSum { get; } = [];
    public Dictionary<int, int> EntityCounts { get; } = [];
    public HashSet<int> Numbers { get; } = [];
    public Dictionary<int, int> IndexTermCounts { get; } = [];
    public HashSet<string> Languages { get; } = new(StringComparer.Ordinal);
    public long MinTimeMs { get; private set; } = long.MaxValue;
    public long MaxTimeMs { get; private set; } = long.MinValue;
    private double _timeSum, _timeSquares;
    private long _origin;

    /// <summary>Standard deviation of member times in days: how spread out the story already is.</summary>
    public double TimeSpreadDays
    {
        get
        {
            if (Members.Count < 2) return 0;
            var mean = _timeSum / Members.Count;
            return Math.Sqrt(Math.Max(0, _timeSquares / Members.Count - mean * mean));
        }
    }

    // IDF-weighted norms of the sums, cached until a member joins or the document count changes.
    private double _bodyNorm, _titleNorm;
    private long _normStamp = -1;

    public (double Body, double Title) Norms(CorpusStats stats)
    {
        if (_normStamp != stats.Documents)
        {
            _bodyNorm = PairFeatures.Norm(BodySum, stats);
            _titleNorm = PairFeatures.Norm(TitleSum, stats);
            _normStamp = stats.Documents;
        }
        return (_bodyNorm, _titleNorm);
    }

    public void Add(ArticleProfile article)
    {
        _normStamp = -1;
        Members.Add(article);
        AddTo(BodySum, article.BodyTerms);
        AddTo(TitleSum, article.TitleTerms);
        foreach (var e in article.Entities) EntityCounts[e] = EntityCounts.GetValueOrDefault(e) + 1;
        Numbers.UnionWith(article.Numbers);
        foreach (var t in article.IndexTerms) IndexTermCounts[t] = IndexTermCounts.GetValueOrDefault(t) + 1;
        if (article.Language.Length > 0) Languages.Add(article.Language);
        // Days relative to the first member keep the squares small enough for doubles.
        if (Members.Count == 1) _origin = article.TimeMs;
        var days = (article.TimeMs - _origin) / 86_400_000.0;
        _timeSum += days;
        _timeSquares += days * days;
        MinTimeMs = Math.Min(MinTimeMs, article.TimeMs);
        MaxTimeMs = Math.Max(MaxTimeMs, article.TimeMs);
    }

    /// <summary>Days from <paramref name="timeMs"/> to the story's span (0 inside it).</summary>
    public double GapDays(long timeMs)
    {
        var gap = timeMs < MinTimeMs ? MinTimeMs - timeMs : timeMs > MaxTimeMs ? timeMs - MaxTimeMs : 0;
        return gap / 86_400_000.0;
    }

    private static void AddTo(Dictionary<int, float> sum, TermVector vector)
    {
        for (var i = 0; i < vector.Ids.Length; i++)
            sum[vector.Ids[i]] = sum.GetValueOrDefault(vector.Ids[i]) + vector.Weights[i];
    }
}
