using BiasCompanion.Host.Extraction.WarmUp;
using BiasCompanion.Host.Storage;

namespace BiasCompanion.Host.Api;

public static class HealthApi
{
    /// <param name="Status">"ok", or "degraded" while the store cannot take writes (reads still work).</param>
    /// <param name="WarmedUp">Whether the start-up extraction warm-up has finished (lookups before it are slower).</param>
    /// <param name="Storage">Why the store is degraded ("Storage full", "Data folder is read-only", ...), else null.</param>
    public sealed record Health(string Status, string Version, long Articles, bool WarmedUp, string? Storage = null, string? StorageDetail = null,
        DateTimeOffset? DegradedSince = null);

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/health", (ArticleStore articles, StorageHealth storage, ExtractorWarmUp warmUp) =>
        {
            var failure = storage.Current;
            return TypedResults.Ok(new Health(
                failure is null ? "ok" : "degraded",
                typeof(HealthApi).Assembly.GetName().Version?.ToString() ?? "0.0.0",
                articles.Count(),
                warmUp.Finished.IsCompleted,
                failure?.Title,
                failure?.Detail,
                failure is null ? null : storage.Since));
        });
        return routes;
    }
}
