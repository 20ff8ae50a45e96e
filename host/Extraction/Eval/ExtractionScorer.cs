using System.Globalization;

namespace BiasCompanion.Host.Extraction.Eval;

/// <summary>Accumulates per-page scores: body shingles, title/byline exact match (normalised), published UTC day, isArticle.</summary>
public sealed class ExtractionScorer
{
    private readonly List<ShingleScorer.Counts> bodies = [];
    private readonly Tally title = new(), byline = new(), published = new(), isArticle = new();
    private readonly List<double> ms = [], parseMs = [];
    private double totalMs;
    private int pages, errors;

    public void Add(GoldPage gold, EvalPrediction predicted, double elapsedMs, double bareParseMs)
    {
        pages++;
        if (predicted.Error is not null) errors++;
        totalMs += elapsedMs;
        ms.Add(elapsedMs);
        parseMs.Add(bareParseMs);
        if (gold.Body is not null) bodies.Add(ShingleScorer.Match(gold.Body, predicted.Error is null ? predicted.Body : ""));
        if (gold.Title is not null) title.Add(SameText(gold.Title, predicted.Title));
        if (gold.Byline is not null) byline.Add(SameText(gold.Byline, predicted.Byline));
        if (gold.Published is not null) published.Add(SameUtcDay(gold.Published, predicted.Published));
        if (gold.IsArticle is { } expected) isArticle.Add(expected == predicted.IsArticle);
    }

    public ExtractionEvalReport Report()
    {
        var (p, r, f) = ShingleScorer.Aggregate(bodies);
        return new ExtractionEvalReport(
            pages,
            bodies.Count > 0 ? new BodyScore(p, r, f, bodies.Count) : null,
            title.Score(), published.Score(), byline.Score(), isArticle.Score(),
            Median(ms), Median(parseMs) > 0 ? Median(ms) / Median(parseMs) : 0, totalMs > 0 ? pages / (totalMs / 1000) : 0, errors);
    }

    internal static bool SameText(string gold, string? predicted) =>
        predicted is not null && TextNormaliser.ForComparison(gold) == TextNormaliser.ForComparison(predicted);

    internal static bool SameUtcDay(string gold, DateTimeOffset? predicted)
    {
        if (predicted is null) return false;
        if (!DateTimeOffset.TryParse(gold, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var g)) return false;
        return g.UtcDateTime.Date == predicted.Value.UtcDateTime.Date;
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return 0;
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private sealed class Tally
    {
        private int right, n;
        public void Add(bool ok) { n++; if (ok) right++; }
        public FieldScore? Score() => n == 0 ? null : new FieldScore((double)right / n, n);
    }
}
