using System.Globalization;
using System.Text;
using System.Text.Json;

namespace BiasCompanion.Host.Extraction.Eval;

public sealed record BodyScore(double Precision, double Recall, double F1, int N);

public sealed record FieldScore(double Accuracy, int N);

/// <summary>The figures of one eval run; a field is null when the gold has none.</summary>
public sealed record ExtractionEvalReport(
    int Pages, BodyScore? Body, FieldScore? Title, FieldScore? Published, FieldScore? Byline, FieldScore? IsArticle,
    double MedianMsPerPage, double MedianRatioToParse, double PagesPerSecond, int Errors = 0)
{
    /// <summary>With --versus-baseline: ours against plain SmartReader, page by page in one process.</summary>
    public SpeedVersus? Versus { get; init; }

    public string ToTable(ExtractionEvalOptions options)
    {
        var sb = new StringBuilder();
        var who = options.Baseline ? "plain SmartReader 0.11.1 (--baseline)" : "BiasCompanion extractor";
        sb.AppendLine(CultureInfo.InvariantCulture, $"extraction eval: {who} on {options.DataDir}{(options.ArticlesOnly ? " (articles only)" : "")}, {Pages} pages");
        if (Body is { } b)
            sb.AppendLine(CultureInfo.InvariantCulture, $"  body       P {b.Precision:F3}  R {b.Recall:F3}  F1 {b.F1:F3}  (n={b.N})");
        Line(sb, "title", Title);
        Line(sb, "byline", Byline);
        Line(sb, "published", Published);
        Line(sb, "isArticle", IsArticle);
        sb.AppendLine(CultureInfo.InvariantCulture, $"  errors     {Errors} pages (scored as empty)");
        sb.Append(CultureInfo.InvariantCulture,
            $"  speed      median {MedianMsPerPage:F2} ms/page, {MedianRatioToParse:F2}x the median bare AngleSharp parse of the same pages ({MedianMsPerPage / Math.Max(MedianRatioToParse, 1e-9):F2} ms), {PagesPerSecond:F1} pages/s");
        if (options.Rounds > 1) sb.Append(CultureInfo.InvariantCulture, $"; each page's fastest of {options.Rounds} runs, and of {options.Rounds} bare parses");
        if (Versus is { } v)
            sb.Append(CultureInfo.InvariantCulture,
                $"\n  versus     plain SmartReader on the same pages, each right after ours: median {v.BaselineMedianMs:F2} ms/page; ours/SmartReader per page: median {v.MedianRatio:F3}, ours faster on {v.OursFasterShare:P0} of pages");
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string name, FieldScore? score)
    {
        if (score is not null) sb.AppendLine(CultureInfo.InvariantCulture, $"  {name,-10} {score.Accuracy:F3}  (n={score.N})");
    }

    /// <summary>One line: <c>{"pages":N,"body":{...},"title":{...},"published":{...},"byline":{...},"isArticle":{...},"pagesPerSecond":x}</c>.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("pages", Pages);
            if (Body is { } b)
            {
                json.WriteStartObject("body");
                json.WriteNumber("precision", Math.Round(b.Precision, 4));
                json.WriteNumber("recall", Math.Round(b.Recall, 4));
                json.WriteNumber("f1", Math.Round(b.F1, 4));
                json.WriteEndObject();
            }
            Field(json, "title", Title);
            Field(json, "published", Published);
            Field(json, "byline", Byline);
            Field(json, "isArticle", IsArticle);
            json.WriteNumber("pagesPerSecond", Math.Round(PagesPerSecond, 1));
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Field(Utf8JsonWriter json, string name, FieldScore? score)
    {
        if (score is null) return;
        json.WriteStartObject(name);
        json.WriteNumber("accuracy", Math.Round(score.Accuracy, 4));
        json.WriteNumber("n", score.N);
        json.WriteEndObject();
    }
}
