namespace BiasCompanion.Host.Stories.Matching;

/// <summary>Sparse term weights sorted by term id.</summary>
internal sealed record TermVector(int[] Ids, float[] Weights)
{
    public static readonly TermVector Empty = new([], []);
}

/// <summary>What the matcher keeps of one article: its text features, time, language and outlet.</summary>
internal sealed class ArticleProfile
{
    public required long ArticleId { get; init; }
    public required long TimeMs { get; init; }
    /// <summary>The time is the arrival time, not a publish time.</summary>
    public bool TimeIsArrival { get; init; }
    public required string Language { get; init; }
    public required string Outlet { get; init; }
    public required string Title { get; init; }
    public required string TitleKey { get; init; }
    public required TermVector TitleTerms { get; init; }
    public required TermVector BodyTerms { get; init; }
    /// <summary>Proper names (capitalised mid-sentence words, acronyms), as sorted term ids.</summary>
    public required int[] Entities { get; init; }
    public required int[] Numbers { get; init; }
    public required ulong[]? BodySignature { get; init; }
    public long? RepostOf { get; set; }

    // IDF-weighted norms, cached while the document count (hence every IDF) is unchanged.
    private double _bodyNorm, _titleNorm;
    private long _normStamp = -1;

    public (double Body, double Title) Norms(CorpusStats stats)
    {
        if (_normStamp != stats.Documents)
        {
            _bodyNorm = PairFeatures.Norm(BodyTerms, stats);
            _titleNorm = PairFeatures.Norm(TitleTerms, stats);
            _normStamp = stats.Documents;
        }
        return (_bodyNorm, _titleNorm);
    }
    /// <summary>Terms posted in the inverted index: title words, names, numbers and the strongest lead words.</summary>
    public required int[] IndexTerms { get; init; }
    /// <summary>Distinct terms counted in document frequencies.</summary>
    public required int[] DistinctTerms { get; init; }
}
