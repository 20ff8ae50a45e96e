namespace BiasCompanion.Host.Coverage.KeyPoints;

/// <summary>
/// The extractor's bounds and thresholds. Cost per story: at most <see cref="MaxArticles"/> ×
/// <see cref="MaxSentencesPerArticle"/> = 480 candidate sentences, each of at most 200 tokens; support and redundancy
/// take one sparse cosine per pair, so at most ~115k cosines per story whatever its size.
/// </summary>
public sealed record KeyPointSettings
{
    public static readonly KeyPointSettings Default = new();

    /// <summary>Originals read, earliest first (the first reporters set the facts; later ones mostly repeat them).</summary>
    public int MaxArticles { get; init; } = 40;
    /// <summary>Lead sentences plus the first body sentences, up to this many per article.</summary>
    public int MaxSentencesPerArticle { get; init; } = 12;
    public int MinPoints { get; init; } = 3;
    public int MaxPoints { get; init; } = 5;
    /// <summary>An article supports a sentence when one of its sentences is at least this similar (TF-IDF cosine).</summary>
    public double SupportSimilarity { get; init; } = 0.25;
    /// <summary>No two points (nor two one-side facts) are this similar: the same bound as support, so two points never
    /// restate one fact.</summary>
    public double MaxPointSimilarity { get; init; } = 0.25;
    /// <summary>A candidate sentence's length bounds (characters) and minimum count of content terms.</summary>
    public int MinChars { get; init; } = 40;
    public int MaxChars { get; init; } = 400;
    public int MinTerms { get; init; } = 5;
    /// <summary>Facts listed per side in "where they differ".</summary>
    public int MaxOnlyThisSide { get; init; } = 2;
}
