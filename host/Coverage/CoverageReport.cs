namespace BiasCompanion.Host.Coverage;

/// <summary>
/// The sidebar's whole model for one story (DESIGN §3). Serialised as camelCase JSON; enums as kebab-case strings
/// ("lean-left", "public-broadcaster", "mostly-factual").
/// </summary>
public sealed record CoverageReport
{
    /// <summary>Null when the page is not a news article (then only <see cref="PageOutlet"/> is filled).</summary>
    public long? StoryId { get; init; }
    /// <summary>Ids of stories merged into this one (they resolve to it), so a client showing an old id takes the push.</summary>
    public IReadOnlyList<long> MergedStoryIds { get; init; } = [];
    public string? Headline { get; init; }
    public DateTimeOffset? FirstSeen { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public bool IsArticle { get; init; }
    /// <summary>The outlet of the page the reader is on (known or unknown), with every rating source.</summary>
    public OutletCard? PageOutlet { get; init; }
    /// <summary>The article the reader is on, when it is part of the story.</summary>
    public long? CurrentArticleId { get; init; }
    /// <summary>Originals, newest first; each carries the copies folded under it.</summary>
    public IReadOnlyList<CoverageArticle> Articles { get; init; } = [];
    public int ArticleCount { get; init; }
    public int OutletCount { get; init; }
    public BiasCounts Counts { get; init; } = new();
    public BiasDistribution Distribution { get; init; } = new();
    /// <summary>"left", "center" or "right": a side with (almost) no coverage; null when none.</summary>
    public string? Blindspot { get; init; }
    public FirstReporter? FirstReporter { get; init; }
    /// <summary>Country shares of the outlets (ISO 3166-1 alpha-2), largest first.</summary>
    public IReadOnlyList<Share> SourceCountries { get; init; } = [];
    public IReadOnlyList<Share> Factuality { get; init; } = [];
    public IReadOnlyList<Share> Ownership { get; init; } = [];
    public IReadOnlyList<KeyPoint> KeyPoints { get; init; } = [];
    /// <summary>The local LLM's summary of the key points, when configured and ready; the key points stay the default.</summary>
    public GeneratedSummary? Summary { get; init; }
    /// <summary>"Where they differ": per side present (left, center, right), its headline and what only it reports.</summary>
    public IReadOnlyList<SideFraming> Framing { get; init; } = [];
    /// <summary>Per side (left, center, right, unrated) when it picked the story up and how many articles per bucket.</summary>
    public IReadOnlyList<SideTimeline> Timeline { get; init; } = [];
    public DiscoveryStatus Discovery { get; init; } = new();
}

public sealed record OutletCard
{
    public string? Id { get; init; }
    public required string Name { get; init; }
    public required string Domain { get; init; }
    public bool Known { get; init; }
    /// <summary>Combined bias label, null when unrated.</summary>
    public string? Bias { get; init; }
    public IReadOnlyList<RatingCard> Ratings { get; init; } = [];
    public string? Factuality { get; init; }
    public string? Owner { get; init; }
    public string? OwnerType { get; init; }
    public string? Country { get; init; }
    public string? City { get; init; }
    public IReadOnlyList<string> Flags { get; init; } = [];
}

public sealed record RatingCard(string Dimension, string Value, string Source, DateOnly? RetrievedAt);

public sealed record CoverageArticle
{
    public long Id { get; init; }
    public required string Url { get; init; }
    public string? Title { get; init; }
    public string? Snippet { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public string? Language { get; init; }
    public required OutletCard Outlet { get; init; }
    public IReadOnlyList<Repost> Reposts { get; init; } = [];
}

public sealed record Repost(long Id, string Url, string OutletName, string OutletDomain, DateTimeOffset? PublishedAt);

/// <summary>Outlets per bias label (an outlet counted once per story, reposts not double counted).</summary>
public sealed record BiasCounts
{
    public int Left { get; init; }
    public int LeanLeft { get; init; }
    public int Center { get; init; }
    public int LeanRight { get; init; }
    public int Right { get; init; }
    public int Unrated { get; init; }
}

/// <summary>Left (Left + Lean Left), Center, Right (Lean Right + Right) as percentages of rated outlets.</summary>
public sealed record BiasDistribution
{
    public int Left { get; init; }
    public int Center { get; init; }
    public int Right { get; init; }
    public int RatedOutlets { get; init; }
}

public sealed record FirstReporter(string OutletName, string OutletDomain, string? City, string? Country, DateTimeOffset? PublishedAt, long ArticleId);

public sealed record Share(string Key, int Count, int Percent);

/// <summary>A sentence drawn verbatim from the story's articles, with the articles and sides ("left", "center", "right",
/// "unrated") that report it.</summary>
public sealed record KeyPoint(string Text, IReadOnlyList<long> ArticleIds, IReadOnlyList<string> Sides)
{
    /// <summary>Set when only articles of this one side report it while the story has several sides.</summary>
    public string? OnlySide { get; init; }
    /// <summary>The reader flagged it as wrong: it is demoted to the end of the list.</summary>
    public bool Flagged { get; init; }
}

/// <param name="Headline">The headline most representative of the side's outlets.</param>
/// <param name="OnlyThisSide">Facts only this side's articles report.</param>
public sealed record SideFraming(string Side, string Headline, long ArticleId, IReadOnlyList<KeyPoint> OnlyThisSide);

/// <param name="Unit">"hour" or "day": the bucket size, chosen from the story's span.</param>
/// <param name="Buckets">Non-empty buckets only, oldest first.</param>
public sealed record SideTimeline(string Side, DateTimeOffset FirstAt, int Articles, string Unit, IReadOnlyList<TimeBucket> Buckets);

public sealed record TimeBucket(DateTimeOffset Start, int Count);

/// <param name="State">"idle", "running", "done" or "unavailable".</param>
public sealed record DiscoveryStatus(string State = "idle", int Found = 0, bool Done = false);

/// <summary>A generated summary: every sentence cites the key points it rests on, and through them the articles.</summary>
public sealed record GeneratedSummary(IReadOnlyList<SummarySentence> Sentences, string Model);

/// <param name="KeyPoints">1-based numbers of the key points the sentence cites.</param>
public sealed record SummarySentence(string Text, IReadOnlyList<int> KeyPoints, IReadOnlyList<long> ArticleIds);
