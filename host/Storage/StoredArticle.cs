namespace BiasCompanion.Host.Storage;

/// <summary>An article as the store keeps it. <see cref="CanonicalUrl"/> is its identity.</summary>
public sealed record StoredArticle
{
    public long Id { get; init; }
    public required string Url { get; init; }
    public required string CanonicalUrl { get; init; }
    public required string OutletDomain { get; init; }
    public string? Title { get; init; }
    public string? Byline { get; init; }
    /// <summary>Publication time with the offset the page gave (never shifted to local time).</summary>
    public DateTimeOffset? PublishedAt { get; init; }
    public string? Language { get; init; }
    public string? SiteName { get; init; }
    public string? Lead { get; init; }
    public string Body { get; init; } = "";
    public string? ImageUrl { get; init; }
    public DateTimeOffset FirstSeenAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
