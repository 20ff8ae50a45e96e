using Microsoft.AspNetCore.Http.HttpResults;

namespace BiasCompanion.Host.Ingestion;

public static class FeedsApi
{
    public static IEndpointRouteBuilder MapFeedsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/feeds", (FeedStateStore states) => TypedResults.Ok(states.All()));
        routes.MapPost("/api/import", ImportAsync);
        return routes;
    }

    /// <summary>A JSONL corpus in the body, imported in-process so that watchers of the stories it joins are told.</summary>
    private static async Task<Results<Ok<CorpusImporter.Summary>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, CorpusImporter importer, string? name, CancellationToken cancellation)
    {
        if (request.ContentType is { } type && !type.StartsWith("application/x-ndjson", StringComparison.OrdinalIgnoreCase)
            && !type.StartsWith("application/jsonl", StringComparison.OrdinalIgnoreCase) && !type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
            return TypedResults.Problem("Send the corpus as application/x-ndjson (one article a line).", statusCode: 415, title: "Unsupported media type");
        // The importer reads synchronously; Kestrel bodies are async-only, and bounded by MaxRequestBodySize anyway.
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellation);
        body.Position = 0;
        using var reader = new StreamReader(body);
        var summary = await importer.ImportAsync(reader, string.IsNullOrWhiteSpace(name) ? "import" : name, cancellation: cancellation);
        return TypedResults.Ok(summary);
    }
}
