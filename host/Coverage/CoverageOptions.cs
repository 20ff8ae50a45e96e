namespace BiasCompanion.Host.Coverage;

/// <summary>Settings under "BiasCompanion:Coverage".</summary>
public sealed class CoverageOptions
{
    public const string Section = "BiasCompanion:Coverage";

    /// <summary>A side (Left or Right) is a blindspot when its share of the rated outlets is below this.</summary>
    public double BlindspotMaxShare { get; set; } = 0.10;

    /// <summary>No blindspot is called before the story has this many rated outlets.</summary>
    public int BlindspotMinRatedOutlets { get; set; } = 6;

    /// <summary>Characters of body text shown as a card's snippet when the article has no lead.</summary>
    public int SnippetLength { get; set; } = 280;
}
