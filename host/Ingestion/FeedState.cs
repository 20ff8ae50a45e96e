namespace BiasCompanion.Host.Ingestion;

/// <summary>What the host knows of one polled feed; shown by GET /api/feeds.</summary>
public sealed record FeedState
{
    public required string Url { get; init; }
    public string? OutletId { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public DateTimeOffset? LastPoll { get; init; }
    public DateTimeOffset? LastSuccess { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? LastErrorAt { get; init; }
    public int ConsecutiveFailures { get; init; }
    public bool Parked { get; init; }
    public long ItemsStored { get; init; }
    public DateTimeOffset NextPoll { get; init; }
}
