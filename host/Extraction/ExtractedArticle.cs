namespace BiasCompanion.Host.Extraction;

/// <summary>What the extractor read from one page. Never null fields for collections; null means "not found".</summary>
public sealed record ExtractedArticle
{
    public required string Url { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? Title { get; init; }
    public string? Byline { get; init; }
    /// <summary>Publication time with the page's own offset; never shifted to local time.</summary>
    public DateTimeOffset? PublishedAt { get; init; }
    /// <summary>Where <see cref="PublishedAt"/> came from, e.g. "json-ld", "meta:article:published_time", "url".</summary>
    public string? PublishedSource { get; init; }
    public DateTimeOffset? ModifiedAt { get; init; }
    public string? Language { get; init; }
    public string? SiteName { get; init; }
    /// <summary>Paragraphs separated by '\n'.</summary>
    public string Body { get; init; } = "";
    /// <summary>The first paragraphs of the body.</summary>
    public string Lead { get; init; } = "";
    public int WordCount { get; init; }
    /// <summary>A news or blog article, rather than a home page, section front, video or product page.</summary>
    public bool IsArticle { get; init; }
    public string? ImageUrl { get; init; }
    /// <summary>Why extraction failed or was refused (e.g. "page too large"); null when it worked.</summary>
    public string? Error { get; init; }
}
