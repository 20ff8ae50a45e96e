using System.Net;

namespace BiasCompanion.Host.Ingestion.Fetching;

/// <summary>The outcome of one bounded fetch. <see cref="Error"/> is set when nothing usable came back.</summary>
public sealed record FetchResult
{
    public required Uri RequestedUrl { get; init; }
    public Uri? FinalUrl { get; init; }
    public HttpStatusCode? Status { get; init; }
    public byte[] Body { get; init; } = [];
    public string? ContentType { get; init; }
    public string? Charset { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    /// <summary>From a 429/503 Retry-After header.</summary>
    public TimeSpan? RetryAfter { get; init; }
    public bool NotModified => Status == HttpStatusCode.NotModified;
    public string? Error { get; init; }
    public bool Ok => Error is null;
}
