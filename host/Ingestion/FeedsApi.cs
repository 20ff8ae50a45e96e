namespace BiasCompanion.Host.Ingestion;

public static class FeedsApi
{
    public static IEndpointRouteBuilder MapFeedsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/feeds", (FeedStateStore states) => TypedResults.Ok(states.All()));
        return routes;
    }
}
