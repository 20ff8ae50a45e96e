using BiasCompanion.Host.Storage;

namespace BiasCompanion.Host.Api;

public static class HealthApi
{
    public sealed record Health(string Status, string Version, long Articles);

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/health", (ArticleStore articles) => TypedResults.Ok(new Health(
            "ok",
            typeof(HealthApi).Assembly.GetName().Version?.ToString() ?? "0.0.0",
            articles.Count())));
        return routes;
    }
}
