using BiasCompanion.Host.Storage;

namespace BiasCompanion.Host.Api;

public static class HealthApi
{
    /// <param name="Status">"ok", or "degraded" while the store cannot take writes (reads still work).</param>
    /// <param name="Storage">Why the store is degraded ("Storage full", "Data folder is read-only", ...), else null.</param>
    public sealed record Health(string Status, string Version, long Articles, string? Storage = null, string? StorageDetail = null,
        DateTimeOffset? DegradedSince = null);

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/health", (ArticleStore articles, StorageHealth storage) =>
        {
            var failure = storage.Current;
            return TypedResults.Ok(new Health(
                failure is null ? "ok" : "degraded",
                typeof(HealthApi).Assembly.GetName().Version?.ToString() ?? "0.0.0",
                articles.Count(),
                failure?.Title,
                failure?.Detail,
                failure is null ? null : storage.Since));
        });
        return routes;
    }
}
