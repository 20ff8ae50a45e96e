namespace BiasCompanion.Host.Ingestion.Feeds;

/// <summary>One item of a feed, as plain text. <see cref="Url"/> is absolute http(s).</summary>
public sealed record FeedItem
{
    public required string Url { get; init; }
    public string? Id { get; init; }
    public string? Title { get; init; }
    public string? Author { get; init; }
    public DateTimeOffset? Published { get; init; }
    /// <summary>Summary or full text, tags removed, paragraphs separated by '\n'.</summary>
    public string Text { get; init; } = "";
}

/// <param name="Format">"rss", "rdf", "atom" or "json".</param>
public sealed record FeedParseResult(string? Format, string? Title, IReadOnlyList<FeedItem> Items, string? Error);
