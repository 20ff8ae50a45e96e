namespace BiasCompanion.Host.Api;

/// <summary>What the extension sends for the page the reader is on.</summary>
public sealed record PageCapture(string Url, string? CanonicalUrl, string Html, string? Title, DateTimeOffset? CapturedAt);
