using System.Text.RegularExpressions;

namespace BiasCompanion.Host.Ingestion.Discovery;

/// <summary>The search terms for a story: names and numbers its headlines share, then its most frequent words.</summary>
public static partial class StoryQuery
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "is", "are",
        "was", "were", "be", "been", "has", "have", "had", "it", "its", "this", "that", "these", "those", "after", "over",
        "says", "said", "new", "into", "about", "amid", "up", "out", "not", "no", "will", "would", "could", "can", "his",
        "her", "their", "they", "he", "she", "we", "you", "who", "what", "when", "where", "why", "how", "than", "more",
        "der", "die", "das", "und", "el", "la", "los", "las", "de", "le", "les", "des", "et", "il", "di", "y", "en",
    };

    public static string Build(IEnumerable<string?> titles, int maxTerms = 6)
    {
        var counts = new Dictionary<string, (int Count, bool Name, int First)>(StringComparer.OrdinalIgnoreCase);
        var position = 0;
        foreach (var title in titles.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            foreach (var word in Words().Matches(title!).Select(m => m.Value.Trim('\'', '’')).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (word.Length < 2 || StopWords.Contains(word)) continue;
                var isName = char.IsUpper(word[0]) || char.IsDigit(word[0]);
                counts[word] = counts.TryGetValue(word, out var c) ? (c.Count + 1, c.Name || isName, c.First) : (1, isName, position++);
            }
        }
        return string.Join(' ', counts
            .OrderByDescending(kv => kv.Value.Count)
            .ThenByDescending(kv => kv.Value.Name)
            .ThenBy(kv => kv.Value.First)
            .Take(maxTerms)
            .Select(kv => kv.Key));
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")]
    private static partial Regex Words();
}
