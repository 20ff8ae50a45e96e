using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BiasCompanion.Host.Ingestion;

/// <summary>One article of a JSONL corpus (the clustering format: id, lang, title, text, date, source, url).</summary>
public sealed record CorpusLine
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("lang")] public string? Lang { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("date")] public string? Date { get; init; }
    [JsonPropertyName("source")] public string? Source { get; init; }
    [JsonPropertyName("url")] public string? Url { get; init; }

    /// <summary>Parses and checks one line; <paramref name="error"/> says what is wrong when it returns null.</summary>
    public static CorpusLine? TryParse(string line, out string? error)
    {
        CorpusLine? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<CorpusLine>(line);
        }
        catch (JsonException e)
        {
            error = $"not a JSON object ({e.Message})";
            return null;
        }
        error = parsed switch
        {
            null => "not a JSON object",
            { Id: null or "" } => "'id' is missing",
            { Title: null or "" or { Length: > 2000 } } when string.IsNullOrWhiteSpace(parsed.Text) => "neither 'title' nor 'text' has content",
            { Title.Length: > 2000 } => "'title' is longer than 2000 characters",
            { Date: { } d } when ParseDate(d) is null => $"'date' is not an ISO-8601 date: {Truncate(d)}",
            _ => null,
        };
        return error is null ? parsed : null;
    }

    /// <summary>ISO date or date-time; a date alone is midnight UTC; an offset is kept.</summary>
    public static DateTimeOffset? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
    }

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
