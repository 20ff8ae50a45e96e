using BiasCompanion.Host.Stories.Text;

namespace BiasCompanion.Host.Stories.Matching;

/// <summary>Turns a <see cref="MatchInput"/> into an <see cref="ArticleProfile"/>. Bounded work whatever the input size.</summary>
internal static class ProfileBuilder
{
    private const int MaxTitleChars = 400;
    private const int MaxLeadChars = 4_000;
    private const int MaxBodyChars = 20_000;
    private const int LeadTokens = 220;
    private const int BodyTokensForCopies = 600;
    private const int IndexedLeadTerms = 12;
    private const int MaxTitleKeyChars = 120;

    public static ArticleProfile Build(MatchInput input, CorpusStats stats)
    {
        var title = Clip(input.Title, MaxTitleChars).Trim();
        var lead = Clip(input.Lead, MaxLeadChars);
        var body = Clip(input.Body, MaxBodyChars);
        // When no title is known, the first line of the body stands in for it (feeds and pairs often start with it).
        if (title.Length == 0) title = FirstLine(body);

        var titleTokens = Tokenizer.Tokenize(title, 60);
        var leadText = lead.Length > 0 && !body.StartsWith(lead, StringComparison.Ordinal) ? lead + "\n" + body : body;
        var leadTokens = Tokenizer.Tokenize(Clip(leadText, MaxLeadChars), LeadTokens);

        var titleCounts = new Dictionary<int, float>();
        var bodyCounts = new Dictionary<int, float>();
        var entities = new HashSet<int>();
        var numbers = new HashSet<int>();
        foreach (var token in titleTokens) AddWord(token, stats, titleCounts, 1f, entities, numbers, inTitle: true);
        foreach (var token in titleTokens) AddWord(token, stats, bodyCounts, 2f, null, null, inTitle: true);
        foreach (var token in leadTokens) AddWord(token, stats, bodyCounts, 1f, entities, numbers, inTitle: false);

        var bodyWords = Tokenizer.Tokenize(body, BodyTokensForCopies).Select(t => t.Lower).ToList();
        var titleVector = ToVector(titleCounts);
        var bodyVector = ToVector(bodyCounts);

        var indexTerms = new HashSet<int>(titleVector.Ids);
        indexTerms.UnionWith(entities);
        indexTerms.UnionWith(numbers);
        foreach (var id in bodyVector.Ids.Select((id, i) => (id, w: bodyVector.Weights[i] * stats.Idf(id)))
                     .OrderByDescending(x => x.w).Take(IndexedLeadTerms).Select(x => x.id))
            indexTerms.Add(id);

        var distinct = new HashSet<int>(bodyVector.Ids);
        distinct.UnionWith(titleVector.Ids);
        distinct.UnionWith(entities);
        distinct.UnionWith(numbers);

        return new ArticleProfile
        {
            ArticleId = input.ArticleId,
            TimeMs = input.Time.ToUnixTimeMilliseconds(),
            TimeIsArrival = input.TimeIsArrival,
            Language = NormalizeLanguage(input.Language),
            Outlet = input.OutletKey,
            Title = title,
            TitleKey = TitleKey(titleTokens),
            TitleTerms = titleVector,
            BodyTerms = bodyVector,
            Entities = [.. entities.Order()],
            Numbers = [.. numbers.Order()],
            BodySignature = MinHash.Signature(bodyWords),
            IndexTerms = [.. indexTerms.Order()],
            DistinctTerms = [.. distinct.Order()],
        };
    }

    private static void AddWord(Token token, CorpusStats stats, Dictionary<int, float> counts, float weight,
        HashSet<int>? entities, HashSet<int>? numbers, bool inTitle)
    {
        if (token.IsNumber)
        {
            if (Tokenizer.NormalizeNumber(token.Lower) is { } number)
            {
                var nid = stats.IdOf(number);
                counts[nid] = counts.GetValueOrDefault(nid) + weight;
                numbers?.Add(nid);
            }
            return;
        }
        if (token.Lower.Length < 2 || StopWords.Contains(token.Lower)) return;
        var id = stats.IdOf(Tokenizer.Stem(token.Lower));
        counts[id] = counts.GetValueOrDefault(id) + weight;
        // Headlines are often Title Cased, so a capital there says little; in running text it marks a name.
        if (entities is not null && !inTitle && token.Capitalized && !token.SentenceStart) entities.Add(id);
    }

    /// <summary>Lower-cased title words for fuzzy matching, capped: Levenshtein cost grows with the square of the length.</summary>
    private static string TitleKey(List<Token> titleTokens)
    {
        var key = string.Join(' ', titleTokens.Select(t => t.Lower));
        if (key.Length <= MaxTitleKeyChars) return key;
        var cut = key.LastIndexOf(' ', MaxTitleKeyChars);
        return key[..(cut > 0 ? cut : MaxTitleKeyChars)];
    }

    private static TermVector ToVector(Dictionary<int, float> counts)
    {
        if (counts.Count == 0) return TermVector.Empty;
        var ids = counts.Keys.Order().ToArray();
        // Sublinear term frequency: a word repeated ten times is not ten times the evidence.
        var weights = ids.Select(id => 1f + MathF.Log(counts[id])).ToArray();
        return new TermVector(ids, weights);
    }

    public static string NormalizeLanguage(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return "";
        var code = language.Trim().ToLowerInvariant();
        var dash = code.IndexOfAny(['-', '_']);
        return dash > 0 ? code[..dash] : code;
    }

    private static string Clip(string? text, int max) => text is null ? "" : text.Length > max ? text[..max] : text;

    private static string FirstLine(string body)
    {
        var end = body.IndexOf('\n');
        var line = end is > 0 and <= 300 ? body[..end] : "";
        if (line.Length > 0) return line.Trim();
        // No line break: the first dozen words are as close to a headline as we can tell.
        var words = body.Split(' ', 14, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(12));
    }
}
