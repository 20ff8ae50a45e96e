using System.Globalization;
using System.Text;

namespace BiasCompanion.Host.Extraction.Eval;

/// <summary>
/// The scrapinghub article-extraction-benchmark body metric: word 4-gram shingles as multisets, tokens like Python's
/// <c>\w+</c> (letters, numbers, underscore; case kept), per-page tp/fp/fn normalised to sum 1, precision averaged over
/// pages with tp+fp &gt; 0, recall over pages with tp+fn &gt; 0, F1 from the two means.
/// </summary>
public static class ShingleScorer
{
    private const int N = 4;

    public readonly record struct Counts(double Tp, double Fp, double Fn);

    public static Counts Match(string? gold, string? predicted)
    {
        var g = Shingles(gold);
        var p = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, gc) in g)
        {
            var pc = p.GetValueOrDefault(key);
            tp += Math.Min(gc, pc);
            fn += Math.Max(0, gc - pc);
        }
        foreach (var (key, pc) in p) fp += Math.Max(0, pc - g.GetValueOrDefault(key));
        var sum = tp + fp + fn;
        return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
    }

    public static (double Precision, double Recall, double F1) Aggregate(IReadOnlyList<Counts> pages)
    {
        var ps = pages.Where(c => c.Tp + c.Fp > 0).Select(c => Precision(c)).ToList();
        var rs = pages.Where(c => c.Tp + c.Fn > 0).Select(c => Recall(c)).ToList();
        var precision = ps.Count > 0 ? ps.Average() : 0;
        var recall = rs.Count > 0 ? rs.Average() : 0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return (precision, recall, f1);
    }

    private static double Precision(Counts c) => c.Fp == 0 && c.Fn == 0 ? 1 : c.Tp == 0 && c.Fp == 0 ? 0 : c.Tp / (c.Tp + c.Fp);
    private static double Recall(Counts c) => c.Fp == 0 && c.Fn == 0 ? 1 : c.Tp == 0 && c.Fn == 0 ? 0 : c.Tp / (c.Tp + c.Fn);

    private static Dictionary<string, int> Shingles(string? text)
    {
        var tokens = Tokenize(text);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        // Like the reference: at least one shingle (possibly shorter than N) whenever there is a token.
        for (var i = 0; i < Math.Max(1, tokens.Count - N + 1); i++)
        {
            var count = Math.Min(N, tokens.Count - i);
            if (count <= 0) break;
            var key = string.Join('\u0001', tokens.GetRange(i, count));
            result[key] = result.GetValueOrDefault(key) + 1;
        }
        return result;
    }

    /// <summary>Python's <c>\w+</c>: runs of letters, numbers (Nd, Nl, No) and '_', by code point.</summary>
    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text)) return tokens;
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune)) current.Append(rune.ToString());
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0) tokens.Add(current.ToString());
        return tokens;
    }

    private static bool IsWordRune(Rune rune)
    {
        if (rune.Value == '_') return true;
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }
}
