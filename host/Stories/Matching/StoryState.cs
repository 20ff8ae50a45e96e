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
    /// <summary>Members whose time is only an arrival time.</summary>
    public int ArrivalTimed { get; private set; }
    public long MinTimeMs { get; private set; } = long.MaxValue;
    public long MaxTimeMs { get; private set; } = long.MinValue;
    /// <summary>Separate bursts (runs of members linked by gaps of at most a day): a story that came back is a running one.</summary>
    public int Bursts { get; private set; }
    public HashSet<string> Outlets { get; } = new(StringComparer.Ordinal);
    // Member times, sorted: the time profile is read around the member nearest to a newcomer.
    private readonly List<long> _times = [];
    private const long BurstLinkMs = 86_400_000;
    private const int BurstScan = 64;

    /// <summary>
    /// The time profile of the story near <paramref name="timeMs"/>: days to the nearest member, and the spread
    /// (standard deviation, days) of that member's burst — the members linked to it by gaps of at most a day. A story
    /// that has run for weeks is a string of bursts; a newcomer is judged against the burst it lands next to, so one
    /// late follow-up does not turn every day in between into "inside the story".
    /// </summary>
    public (double GapDays, double SpreadDays) TimeProfile(long timeMs)
    {
        if (_times.Count == 0) return (0, 0);
        var i = _times.BinarySearch(timeMs);
        if (i < 0)
        {
            i = ~i;
            if (i == _times.Count || (i > 0 && timeMs - _times[i - 1] <= _times[i] - timeMs)) i--;
        }
        var gap = Math.Abs(timeMs - _times[i]) / 86_400_000.0;
        int lo = i, hi = i;
        while (lo > 0 && i - lo < BurstScan && _times[lo] - _times[lo - 1] <= BurstLinkMs) lo--;
        while (hi < _times.Count - 1 && hi - i < BurstScan && _times[hi + 1] - _times[hi] <= BurstLinkMs) hi++;
        if (hi == lo) return (gap, 0);
        double sum = 0, squares = 0;
        var origin = _times[lo];
        for (var k = lo; k <= hi; k++)
        {
            var d = (_times[k] - origin) / 86_400_000.0;
            sum += d;
            squares += d * d;
        }
        var n = hi - lo + 1;
        var mean = sum / n;
        return (gap, Math.Sqrt(Math.Max(0, squares / n - mean * mean)));
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
        if (article.TimeIsArrival) ArrivalTimed++;
        var at = _times.BinarySearch(article.TimeMs);
        at = at < 0 ? ~at : at;
        Bursts += BurstsAdded(at, article.TimeMs);
        _times.Insert(at, article.TimeMs);
        if (article.Outlet is not ("" or "unknown")) Outlets.Add(article.Outlet);
        MinTimeMs = Math.Min(MinTimeMs, article.TimeMs);
        MaxTimeMs = Math.Max(MaxTimeMs, article.TimeMs);
    }

    /// <summary>How the burst count changes when a member at <paramref name="timeMs"/> goes in at index <paramref name="at"/>.</summary>
    private int BurstsAdded(int at, long timeMs)
    {
        bool Apart(long a, long b) => b - a > BurstLinkMs;
        var hasPrev = at > 0;
        var hasNext = at < _times.Count;
        if (!hasPrev && !hasNext) return 1;
        if (!hasPrev) return Apart(timeMs, _times[at]) ? 1 : 0;
        if (!hasNext) return Apart(_times[at - 1], timeMs) ? 1 : 0;
        // Between two members: it may split nothing, bridge two bursts into one, or stand alone in a gap.
        var wasApart = Apart(_times[at - 1], _times[at]) ? 1 : 0;
        var nowApart = (Apart(_times[at - 1], timeMs) ? 1 : 0) + (Apart(timeMs, _times[at]) ? 1 : 0);
        return nowApart - wasApart;
    }

    private static void AddTo(Dictionary<int, float> sum, TermVector vector)
    {
        for (var i = 0; i < vector.Ids.Length; i++)
            sum[vector.Ids[i]] = sum.GetValueOrDefault(vector.Ids[i]) + vector.Weights[i];
    }
}
