using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BiasCompanion.Host.Stories.Eval;

/// <summary>One article of a clustering set (format B of shared/data).</summary>
internal sealed record ClusteringRow(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("lang")] string? Lang,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("cluster")] string Cluster)
{
    [JsonIgnore]
    public DateTimeOffset? Published => Date is { Length: > 0 } d
        && DateTimeOffset.TryParse(d, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;
}

/// <summary>One rated pair (format C of shared/data).</summary>
internal sealed record PairRow(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("lang1")] string Lang1,
    [property: JsonPropertyName("lang2")] string Lang2,
    [property: JsonPropertyName("title1")] string? Title1,
    [property: JsonPropertyName("text1")] string Text1,
    [property: JsonPropertyName("title2")] string? Title2,
    [property: JsonPropertyName("text2")] string Text2,
    [property: JsonPropertyName("score")] double Score);

internal static class EvalJsonl
{
    public static List<T> Read<T>(string path)
    {
        var rows = new List<T>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            rows.Add(JsonSerializer.Deserialize<T>(line) ?? throw new InvalidDataException($"{path}: a line is null"));
        }
        return rows;
    }

    /// <summary>--name value options and bare --flags.</summary>
    public static Dictionary<string, string?> Options(string[] args)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) continue;
            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            options[args[i][2..]] = hasValue ? args[++i] : null;
        }
        return options;
    }
}
