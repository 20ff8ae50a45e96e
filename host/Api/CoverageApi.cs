using System.Text.Json;
using BiasCompanion.Host.Coverage;
using BiasCompanion.Host.Stories;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace BiasCompanion.Host.Api;

/// <summary>REST mirror of the hub, for scripts and the host's own pages.</summary>
public static class CoverageApi
{
    public sealed record StorySummary(long Id, string Headline, DateTimeOffset FirstSeen, DateTimeOffset Updated, int Articles, IReadOnlyList<string> Languages);

    public static IEndpointRouteBuilder MapCoverageApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/analyze", AnalyzeAsync).RequireRateLimiting(RateLimits.AnalyzePolicy);

        var stories = routes.MapGroup("/api/stories");
        stories.MapGet("/{id:long}", GetStory);
        stories.MapGet("/", ListStories);
        stories.MapPost("/{id:long}/discover", Discover);
        return routes;
    }

    private static async Task<Results<Ok<CoverageReport>, ProblemHttpResult>> AnalyzeAsync(
        HttpRequest request, CoverageLookup lookup, CancellationToken cancellation)
    {
        PageCapture? capture;
        try
        {
            capture = await request.ReadFromJsonAsync<PageCapture>(cancellation);
        }
        catch (JsonException error)
        {
            return TypedResults.Problem($"The body is not a valid page capture: {error.Message}", statusCode: 400, title: "Malformed JSON");
        }
        catch (InvalidOperationException error)
        {
            return TypedResults.Problem(error.Message, statusCode: 415, title: "Send application/json");
        }
        var outcome = await lookup.AnalyzeAsync(capture, cancellation);
        return outcome.Failure switch
        {
            LookupFailure.None => TypedResults.Ok(outcome.Report!),
            LookupFailure.PageTooLarge => TypedResults.Problem(outcome.Message, statusCode: 413, title: "Page too large"),
            _ => TypedResults.Problem(outcome.Message, statusCode: 400, title: "Invalid page capture"),
        };
    }

    private static Results<Ok<CoverageReport>, ProblemHttpResult> GetStory(long id, CoverageReportBuilder reports) =>
        reports.Build(id) is { } report
            ? TypedResults.Ok(report)
            : TypedResults.Problem($"No story {id}.", statusCode: 404, title: "Not found");

    private static Results<Accepted<DiscoveryStatus>, ProblemHttpResult> Discover(long id, [FromServices] IStoryReader stories, IDiscoveryLauncher discovery) =>
        stories.Get(id) is { } story
            ? TypedResults.Accepted($"/api/stories/{story.Id}", discovery.Start(story.Id))
            : TypedResults.Problem($"No story {id}.", statusCode: 404, title: "Not found");

    private static Results<Ok<List<StorySummary>>, ProblemHttpResult> ListStories([FromServices] IStoryReader stories, DateTimeOffset? since, int? limit)
    {
        if (limit is < 1 or > 1000)
            return TypedResults.Problem("'limit' must be between 1 and 1000.", statusCode: 400, title: "Invalid query");
        var list = stories.List(since ?? DateTimeOffset.UnixEpoch, limit ?? 50)
            .Select(s => new StorySummary(s.Id, s.Headline, s.FirstSeen, s.Updated, s.Members.Count, s.Languages))
            .ToList();
        return TypedResults.Ok(list);
    }
}
