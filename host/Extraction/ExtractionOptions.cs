namespace BiasCompanion.Host.Extraction;

/// <summary>Limits for extraction, bound to configuration section <c>BiasCompanion:Extraction</c>.</summary>
public sealed class ExtractionOptions
{
    public const string SectionName = "BiasCompanion:Extraction";

    /// <summary>Pages larger than this (bytes of HTML, or UTF-16 chars × 1 for strings) are refused as "page too large".</summary>
    public int MaxPageBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Wall-clock budget for one page; past it the result is an error "time limit exceeded".</summary>
    public int TimeLimitMilliseconds { get; set; } = 10_000;

    /// <summary>
    /// Pages whose tags keep more elements open at once than this (estimated before parsing by <see cref="OpenTagDepth"/>)
    /// are refused as "page nested too deeply": the parse costs the tag count times that depth. The deepest of 2,001
    /// dev pages (wcxb-dev, readability-pages, htmldate-dev) reaches 130.
    /// </summary>
    public int MaxOpenTags { get; set; } = DefaultMaxOpenTags;

    public const int DefaultMaxOpenTags = 1_000;

    /// <summary>
    /// Content nested deeper than this is moved out to follow its container (<see cref="RunawayNesting"/>): only unclosed
    /// markup nests it so deep (the deepest of the 2,001 dev pages reaches 56), and SmartReader's time grows with the
    /// cube of that depth.
    /// </summary>
    public int MaxContentDepth { get; set; } = 64;

    /// <summary>Element nesting deeper than this is flattened before the recursive parts of the pipeline run.</summary>
    public int MaxNestingDepth { get; set; } = 400;

    /// <summary>
    /// An element with more child nodes than this keeps the first ones and the text of the rest. AngleSharp finds a
    /// node's sibling by scanning its parent's children, so SmartReader's sibling walks are quadratic in an element's
    /// width (20,000 siblings cost it seconds); the widest element on any wcxb-dev page has 2,170 children.
    /// </summary>
    public int MaxChildren { get; set; } = 3_000;

    /// <summary>Pages with more elements than this are refused (bounds the work per page).</summary>
    public int MaxElements { get; set; } = 200_000;

    /// <summary>
    /// Rounds over the generated warm-up pages after start-up (see ExtractorWarmUp); 0 turns it off. The lookup bench
    /// runs the host as shipped, with <see cref="RecommendedWarmUpRounds"/>.
    /// </summary>
    public int WarmUpRounds { get; set; } = RecommendedWarmUpRounds;

    public const int RecommendedWarmUpRounds = 40;
}
