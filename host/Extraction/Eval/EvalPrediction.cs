namespace BiasCompanion.Host.Extraction.Eval;

/// <summary>What one extractor produced for one page, in the shape written by <c>--out</c>.</summary>
public sealed record EvalPrediction(string? Title, string? Byline, DateTimeOffset? Published, string Body, bool IsArticle, string? Error);
