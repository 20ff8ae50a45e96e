namespace BiasCompanion.Host.Coverage.KeyPoints;

/// <summary>
/// Splits article text into sentences, verbatim. A sentence ends at . ! ? or … (plus any closing quotes or brackets)
/// followed by a space and a capital, digit or opening quote, or at a line break. It does not end after an abbreviation
/// (Mr., Jan., Gen.), a dotted acronym (U.S., a.m.), an initial (J. K. Rowling), inside a number (3.5, 1,000.5) or inside
/// an open double quotation ("Where are you? This worries us!" she said).
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Text beyond this is not read: key points come from the top of an article.</summary>
    public const int MaxChars = 20_000;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj",
        "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "fig", "approx", "dept", "est", "mt", "ft",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "rev", "hon", "pres", "supt", "det", "insp", "messrs", "mme", "mlle", "hr", "nr", "bzw", "sra",
    };

    public static List<string> Split(string? text, int maxSentences = int.MaxValue)
    {
        var sentences = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return sentences;
        if (text.Length > MaxChars) text = text[..MaxChars];
        var start = 0;
        var inQuote = false;
        for (var i = 0; i < text.Length && sentences.Count < maxSentences; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(sentences, text, start, i);
                start = i + 1;
                inQuote = false;
                continue;
            }
            if (c is '"' or '“' or '”')
            {
                inQuote = c switch { '“' => true, '”' => false, _ => !inQuote };
                continue;
            }
            if (c is not ('.' or '!' or '?' or '…')) continue;
            var end = i + 1;
            var quoteAfter = inQuote;
            while (end < text.Length && IsCloser(text[end]))
            {
                if (text[end] is '"' or '”') quoteAfter = false;
                end++;
            }
            if (quoteAfter) continue; // "Where are you? This worries us!" is one quotation inside one sentence
            if (end < text.Length && !char.IsWhiteSpace(text[end])) continue; // 3.5, U.S.-led, "yes.no"
            var next = end;
            while (next < text.Length && text[next] is ' ' or '\t' or '\u00A0') next++;
            if (next < text.Length && !StartsSentence(text[next])) continue;
            if (c == '.' && end == i + 1 && EndsWithAbbreviation(text, start, i)) continue;
            Add(sentences, text, start, end);
            start = end;
            inQuote = false;
            i = end - 1;
        }
        if (sentences.Count < maxSentences) Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '.' or '!' or '?' or '…';

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '«' or '(' or '[' or '\n' or '\r' || char.IsLetter(c) && !char.IsLower(c);

    /// <summary>The word before the dot at <paramref name="dot"/> is an abbreviation, an initial or a dotted acronym.</summary>
    private static bool EndsWithAbbreviation(string text, int start, int dot)
    {
        var wordStart = dot;
        while (wordStart > start && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '“')) wordStart--;
        var word = text[wordStart..dot];
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial
        if (word.Contains('.', StringComparison.Ordinal)) return word.Split('.').All(part => part.Length <= 2); // U.S, a.m, e.g
        return Abbreviations.Contains(word);
    }

    private static void Add(List<string> sentences, string text, int from, int to)
    {
        var sentence = text[from..to].Trim();
        if (sentence.Length > 0) sentences.Add(sentence);
    }
}
