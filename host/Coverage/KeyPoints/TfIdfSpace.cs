using BiasCompanion.Host.Stories.Text;

namespace BiasCompanion.Host.Coverage.KeyPoints;

/// <summary>
/// The similarity used for support, redundancy and headlines: cosine of TF-IDF vectors over content terms — words that
/// are not stop words, cut to a 7-letter stem (names included), and numbers of two or more digits. IDF is smoothed
/// (1 + ln((1 + N) / (1 + df))) and computed over the documents of one story, so the story's own subject words, shared
/// by every sentence, weigh less than the facts that tell sentences apart.
/// </summary>
public sealed class TfIdfSpace
{
    private const int MaxTokensPerText = 200;
    private readonly List<Dictionary<string, double>> _vectors;

    public TfIdfSpace(IReadOnlyList<string> documents)
    {
        var terms = documents.Select(Terms).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in terms)
            foreach (var term in document.Keys)
                df[term] = df.GetValueOrDefault(term) + 1;
        _vectors = terms.Select(document => Weigh(document, df, documents.Count)).ToList();
    }

    public int Count => _vectors.Count;

    /// <summary>Documents without any content term have no similarity to anything.</summary>
    public bool IsEmpty(int i) => _vectors[i].Count == 0;

    public int TermCount(int i) => _vectors[i].Count;

    public double Similarity(int a, int b)
    {
        var (small, large) = _vectors[a].Count <= _vectors[b].Count ? (_vectors[a], _vectors[b]) : (_vectors[b], _vectors[a]);
        var dot = 0.0;
        foreach (var (term, weight) in small)
            if (large.TryGetValue(term, out var other)) dot += weight * other;
        return dot;
    }

    public static Dictionary<string, int> Terms(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(text, MaxTokensPerText))
        {
            var term = token.IsNumber
                ? Tokenizer.NormalizeNumber(token.Lower)
                : token.Lower.Length > 1 && !StopWords.Contains(token.Lower) ? Tokenizer.Stem(token.Lower) : null;
            if (term is not null) counts[term] = counts.GetValueOrDefault(term) + 1;
        }
        return counts;
    }

    /// <summary>Unit-length vector, so a dot product is the cosine.</summary>
    private static Dictionary<string, double> Weigh(Dictionary<string, int> counts, Dictionary<string, int> df, int documents)
    {
        var vector = new Dictionary<string, double>(counts.Count, StringComparer.Ordinal);
        var norm = 0.0;
        foreach (var (term, count) in counts)
        {
            var weight = (1 + Math.Log(count)) * (1 + Math.Log((1.0 + documents) / (1.0 + df[term])));
            vector[term] = weight;
            norm += weight * weight;
        }
        if (norm == 0) return vector;
        norm = Math.Sqrt(norm);
        foreach (var term in vector.Keys.ToList()) vector[term] /= norm;
        return vector;
    }
}
