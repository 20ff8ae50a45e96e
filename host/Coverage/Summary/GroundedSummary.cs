using System.Text.RegularExpressions;
using BiasCompanion.Host.Coverage.KeyPoints;

namespace BiasCompanion.Host.Coverage.Summary;

/// <summary>
/// Keeps only the model's sentences that cite key points ("[1]", "[2, 3]") that exist, and links each to the articles
/// behind those points. An uncited sentence is not grounded in the articles, so it is dropped.
/// </summary>
public static partial class GroundedSummary
{
    public const int MaxSentences = 8;

    public static GeneratedSummary? From(string? completion, IReadOnlyList<KeyPoint> points, string model)
    {
        if (string.IsNullOrWhiteSpace(completion)) return null;
        var sentences = new List<SummarySentence>();
        foreach (var sentence in SentenceSplitter.Split(completion))
        {
            var cited = Citation().Matches(sentence)
                .SelectMany(m => m.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                .Select(n => int.TryParse(n, out var i) ? i : 0)
                .Where(i => i >= 1 && i <= points.Count)
                .Distinct().Order().ToList();
            var text = Whitespace().Replace(Citation().Replace(sentence, ""), " ").Trim();
            text = SpaceBeforePunctuation().Replace(text, "$1");
            if (cited.Count == 0 || text.Length < 10) continue;
            var articles = cited.SelectMany(i => points[i - 1].ArticleIds).Distinct().Order().ToList();
            sentences.Add(new SummarySentence(text, cited, articles));
            if (sentences.Count == MaxSentences) break;
        }
        return sentences.Count == 0 ? null : new GeneratedSummary(sentences, model);
    }

    /// <summary>The instruction and the numbered key points sent to the model.</summary>
    public static (string System, string User) Prompt(IReadOnlyList<KeyPoint> points) => (
        "You summarise a news story for a reader. Use only the numbered facts given. Write 2 to 4 short sentences. " +
        "End every sentence with the numbers of the facts it uses in square brackets, like [1] or [2, 3]. " +
        "Do not add anything the facts do not say.",
        "Facts:\n" + string.Join('\n', points.Select((p, i) => $"[{i + 1}] {p.Text}")));

    [GeneratedRegex(@"\[(\d{1,2}(?:\s*,\s*\d{1,2})*)\]")]
    private static partial Regex Citation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s+([.,;:!?])")]
    private static partial Regex SpaceBeforePunctuation();
}
