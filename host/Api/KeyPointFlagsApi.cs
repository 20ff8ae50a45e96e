using System.Text.Json;
using BiasCompanion.Host.Coverage;
using BiasCompanion.Host.Coverage.KeyPoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BiasCompanion.Host.Api;

/// <summary><c>POST /api/stories/{id}/keypoints/flags</c> with <c>{"text": "..."}</c>: the REST twin of the hub's FlagKeyPoint.</summary>
public static class KeyPointFlagsApi
{
    public sealed record FlagRequest(string? Text);

    public static IEndpointRouteBuilder MapKeyPointFlagsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/stories/{id:long}/keypoints/flags", FlagAsync);
        return routes;
    }

    private static async Task<Results<Ok<CoverageReport>, ProblemHttpResult>> FlagAsync(
        long id, HttpRequest request, KeyPointFlagging flagging, CancellationToken cancellation)
    {
        FlagRequest? body;
        try
        {
            body = await request.ReadFromJsonAsync<FlagRequest>(cancellation);
        }
        catch (JsonException error)
        {
            return TypedResults.Problem($"The body is not a valid flag: {error.Message}", statusCode: 400, title: "Malformed JSON");
        }
        catch (InvalidOperationException error)
        {
            return TypedResults.Problem(error.Message, statusCode: 415, title: "Send application/json");
        }
        var outcome = flagging.Flag(id, body?.Text);
        return outcome.Failure switch
        {
            KeyPointFlagging.Failure.None => TypedResults.Ok(outcome.Report!),
            KeyPointFlagging.Failure.Invalid => TypedResults.Problem(outcome.Message, statusCode: 400, title: "Invalid flag"),
            _ => TypedResults.Problem(outcome.Message, statusCode: 404, title: "Not found"),
        };
    }
}
