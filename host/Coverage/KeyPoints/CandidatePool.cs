namespace BiasCompanion.Host.Coverage.KeyPoints;

/// <summary>A sentence of one article, verbatim, with where it stood (0 = first sentence of the lead).</summary>
public sealed record CandidateSentence(string Text, KeyPointSource Source, int Position, bool Eligible);

/// <summary>
/// The sentences a story's key points are drawn from, and which articles support each: an article supports a sentence
/// when it is the sentence's own article or has a sentence at least <see cref="KeyPointSettings.SupportSimilarity"/>
/// similar to it (<see cref="TfIdfSpace"/>).
/// </summary>
public sealed class CandidatePool
{
    private readonly KeyPointSettings _settings;

    private CandidatePool(KeyPointSettings settings, List<CandidateSentence> sentences)
    {
        _settings = settings;
        Sentences = sentences;
        Space = new TfIdfSpace(sentences.Select(s => s.Text).ToList());
        Supporters = new List<KeyPointSource>[sentences.Count];
        var byArticle = Enumerable.Range(0, sentences.Count).GroupBy(i => sentences[i].Source.ArticleId).ToList();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (!sentences[i].Eligible) continue;
            var supporters = new List<KeyPointSource>();
            foreach (var article in byArticle)
            {
                var source = sentences[article.First()].Source;
                if (source.ArticleId == sentences[i].Source.ArticleId || article.Any(j => Space.Similarity(i, j) >= settings.SupportSimilarity))
                    supporters.Add(source);
            }
            Supporters[i] = supporters;
        }
    }

    public IReadOnlyList<CandidateSentence> Sentences { get; }
    public TfIdfSpace Space { get; }
    /// <summary>Per eligible sentence, the articles that support it (its own first); null for ineligible ones.</summary>
    public IReadOnlyList<KeyPointSource>?[] Supporters { get; }

    public static CandidatePool Build(IReadOnlyList<KeyPointSource> sources, KeyPointSettings settings)
    {
        var language = DominantLanguage(sources);
        var sentences = new List<CandidateSentence>();
        foreach (var source in sources.OrderBy(s => s.Time).ThenBy(s => s.ArticleId).Take(settings.MaxArticles))
        {
            var sameLanguage = source.Language is null || language is null || LanguageKey(source.Language) == language;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var texts = SentenceSplitter.Split(source.Lead, settings.MaxSentencesPerArticle)
                .Concat(SentenceSplitter.Split(source.Body, settings.MaxSentencesPerArticle + 4));
            foreach (var text in texts)
            {
                if (seen.Count >= settings.MaxSentencesPerArticle) break;
                if (!seen.Add(Normalize(text))) continue; // the lead usually opens the body too
                sentences.Add(new CandidateSentence(text, source, seen.Count - 1, sameLanguage && LooksLikeASentence(text, source.Title, settings)));
            }
        }
        return new CandidatePool(settings, sentences);
    }

    public double Similarity(int a, int b) => Space.Similarity(a, b);

    public bool IsEligible(int i) => Sentences[i].Eligible && Space.TermCount(i) >= _settings.MinTerms;

    public static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A full sentence: not a headline, caption, fragment of a quotation or "Read more" line.</summary>
    private static bool LooksLikeASentence(string text, string? title, KeyPointSettings settings)
    {
        if (text.Length < settings.MinChars || text.Length > settings.MaxChars) return false;
        if (title is not null && Normalize(text).Equals(Normalize(title), StringComparison.OrdinalIgnoreCase)) return false;
        // A quotation cut in half (its other half in the previous sentence) reads as a fragment.
        if (text.Count(c => c == '"') % 2 == 1 || text.Count(c => c == '“') != text.Count(c => c == '”')) return false;
        var trimmed = text.TrimEnd('"', '\'', '”', '’', '»', ')');
        if (trimmed.Length == 0 || trimmed[^1] is not ('.' or '!' or '?' or '…' or '。')) return false;
        return char.IsUpper(text[0]) || char.IsDigit(text[0]) || text[0] is '"' or '“' or '‘' or '«' || char.IsLetter(text[0]) && !char.IsLower(text[0]);
    }

    /// <summary>"en-US" and "en" are one language.</summary>
    private static string LanguageKey(string language) => language.Split('-', '_')[0].ToLowerInvariant();

    private static string? DominantLanguage(IReadOnlyList<KeyPointSource> sources) =>
        sources.Where(s => !string.IsNullOrEmpty(s.Language))
            .GroupBy(s => LanguageKey(s.Language!))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
}
