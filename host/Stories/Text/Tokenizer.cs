using System.Globalization;
using System.Text;

namespace BiasCompanion.Host.Stories.Text;

/// <summary>One word of a text with what the matcher needs to know about it.</summary>
internal readonly record struct Token(string Lower, bool Capitalized, bool SentenceStart, bool IsNumber);

/// <summary>Splits text into words without regexes (bounded, allocation-light) for every script.</summary>
internal static class Tokenizer
{
    /// <summary>Prefix length kept as the stem: a crude but language-neutral stemmer (plural/inflection endings fall off).</summary>
    public const int StemLength = 7;

    public static List<Token> Tokenize(string text, int maxTokens)
    {
        var tokens = new List<Token>(Math.Min(maxTokens, 256));
        var sentenceStart = true;
        var i = 0;
        var builder = new StringBuilder(32);
        while (i < text.Length && tokens.Count < maxTokens)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or '\n' or ':' or '"' or '“' or '”' or '«' or '»' or '|' or '—' or '–') sentenceStart = true;
                i++;
                continue;
            }
            builder.Clear();
            var hasLetter = false;
            var start = i;
            while (i < text.Length)
            {
                c = text[i];
                if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                {
                    hasLetter |= char.IsLetter(c);
                    if (builder.Length < 40) builder.Append(c);
                    i++;
                }
                // Keep 1,000 / 3.5 / U.S. together: a separator between two word characters.
                else if ((c is '.' or ',' or '\'' or '’' or '-') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && builder.Length > 0
                         && (char.IsDigit(text[i + 1]) == char.IsDigit(text[i - 1])))
                {
                    if (c is '\'' or '’')
                    {
                        // possessive 's and contractions: drop the tail
                        if (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])) { i += 2; break; }
                    }
                    if (c == '-' && hasLetter) break; // split hyphenated words into their parts
                    if (c is ',' && hasLetter) break;
                    i++;
                }
                else break;
            }
            var raw = builder.ToString();
            var isNumber = !hasLetter;
            var capitalized = hasLetter && char.IsUpper(text[start]);
            tokens.Add(new Token(raw.ToLowerInvariant().Replace(".", "", StringComparison.Ordinal), capitalized, sentenceStart, isNumber));
            sentenceStart = false;
        }
        return tokens;
    }

    public static string Stem(string lower)
    {
        if (lower.Length > StemLength) return lower[..StemLength];
        if (lower.Length > 3 && lower[^1] == 's' && lower[^2] != 's') return lower[..^1];
        return lower;
    }

    /// <summary>Numbers worth comparing: at least two digits (drops list markers and "one of 3").</summary>
    public static string? NormalizeNumber(string lower)
    {
        var digits = lower.Replace(",", "", StringComparison.Ordinal);
        return digits.Length >= 2 ? "#" + digits : null;
    }
}
