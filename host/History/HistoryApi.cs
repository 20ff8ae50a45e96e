using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BiasCompanion.Host.History;

/// <summary>The reader's news diet and the privacy controls over their reading history.</summary>
public static class HistoryApi
{
    public sealed record Status(bool Paused, long Reads);
    public sealed record PauseRequest(bool Paused);
    public sealed record Deleted(int Reads);

    public static IEndpointRouteBuilder MapHistoryApi(this IEndpointRouteBuilder routes)
    {
        var history = routes.MapGroup("/api/history");
        history.MapGet("/", (ReadingHistory h) => TypedResults.Ok(new Status(h.IsPaused, h.Count())));
        history.MapPut("/paused", (PauseRequest request, ReadingHistory h) =>
        {
            h.IsPaused = request.Paused;
            return TypedResults.Ok(new Status(h.IsPaused, h.Count()));
        });
        history.MapGet("/diet", Diet);
        history.MapDelete("/", Delete);
        history.MapGet("/export", Export);
        // Extension pages send no Origin on GET; the POST form carries it, so the extension needs no pairing to export.
        history.MapPost("/export", Export);
        return routes;
    }

    private static Results<Ok<DietReport>, ProblemHttpResult> Diet(DietReportBuilder diet, int? days) =>
        days is null or (> 0 and <= 3650)
            ? TypedResults.Ok(diet.Build(days ?? 30))
            : TypedResults.Problem("'days' must be between 1 and 3650.", statusCode: 400, title: "Invalid query");

    /// <summary>DELETE /api/history?day=YYYY-MM-DD deletes one UTC day; ?all=true everything.</summary>
    private static Results<Ok<Deleted>, ProblemHttpResult> Delete(ReadingHistory h, string? day, bool? all)
    {
        if (all == true) return TypedResults.Ok(new Deleted(h.DeleteAll()));
        if (day is not null && DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return TypedResults.Ok(new Deleted(h.DeleteDay(date)));
        return TypedResults.Problem("Say which reads to delete: ?day=YYYY-MM-DD or ?all=true.", statusCode: 400, title: "Invalid query");
    }

    private static IResult Export(ReadingHistory h, string? format)
    {
        var events = h.Since(DateTimeOffset.UnixEpoch);
        return format?.ToLowerInvariant() switch
        {
            null or "json" => TypedResults.Json(events),
            "csv" => TypedResults.Text(Csv(events), "text/csv; charset=utf-8"),
            _ => TypedResults.Problem("'format' is json or csv.", statusCode: 400, title: "Invalid query"),
        };
    }

    private static string Csv(IReadOnlyList<ReadingHistory.ReadEvent> events)
    {
        var csv = new StringBuilder("read_at,article_id,story_id,outlet,published_at,title,url\n");
        foreach (var e in events)
            csv.AppendJoin(',', e.ReadAt.ToString("O", CultureInfo.InvariantCulture), e.ArticleId, e.StoryId?.ToString(CultureInfo.InvariantCulture) ?? "",
                Field(e.OutletDomain), e.PublishedAt?.ToString("O", CultureInfo.InvariantCulture) ?? "", Field(e.Title), Field(e.Url)).Append('\n');
        return csv.ToString();
    }

    /// <summary>RFC 4180 quoting; a leading formula character is neutralised so spreadsheets do not run it.</summary>
    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
