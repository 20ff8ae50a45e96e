using FuzzySharp;

namespace BiasCompanion.Host.Stories.Matching;

/// <summary>The evidence that an article belongs to a story, as numbers the decision model weighs.</summary>
internal static class PairFeatures
{
    public static readonly string[] Names =
    [
        "bodyCos", "titleCos", "memberBodyCos", "memberTitleCos", "fuzzyTitle", "entityShare", "entityCover",
        "numbers", "logGapDays", "sameLanguage", "gapFirstDay", "gapMonth", "logSpreadDays", "gapOverSpread", "sameOutlet", "overdueDays",
        "keyShare", "storyBursts", "storySpan", "storyMembers", "storyOutlets",
    ];

    public static int Count => Names.Length;

    private const double FuzzyFloor = 0.12;
    /// <summary>Past a day beyond the story's own spread, every further day counts against joining it.</summary>
    internal static double OverdueGraceDays = 1;

    public static double[] Compute(ArticleProfile article, StoryState story, CorpusStats stats, MatchSettings settings)
    {
        var (aBodyNorm, aTitleNorm) = article.Norms(stats);
        var (sBodyNorm, sTitleNorm) = story.Norms(stats);
        var bodyCos = Cosine(article.BodyTerms, aBodyNorm, story.BodySum, sBodyNorm, stats);
        var titleCos = Cosine(article.TitleTerms, aTitleNorm, story.TitleSum, sTitleNorm, stats);

        double memberBody = 0, memberTitle = 0, fuzzy = 0;
        var members = story.Members;
        var from = Math.Max(0, members.Count - settings.MaxMembersCompared);
        var bestTitleMember = -1;
        for (var i = members.Count - 1; i >= from; i--)
        {
            var m = members[i];
            var (mBodyNorm, mTitleNorm) = m.Norms(stats);
            memberBody = Math.Max(memberBody, Cosine(article.BodyTerms, aBodyNorm, m.BodyTerms, mBodyNorm, stats));
            var t = Cosine(article.TitleTerms, aTitleNorm, m.TitleTerms, mTitleNorm, stats);
            if (t >= memberTitle) { memberTitle = t; bestTitleMember = i; }
        }
        // Fuzzy matching is the costly one (~50 µs a call): only for plausible candidates, against the closest
        // title and the latest members; elsewhere the title cosine stands in for it.
        var fuzzyDone = Math.Max(bodyCos, memberTitle) < FuzzyFloor ? int.MaxValue : 0;
        fuzzy = fuzzyDone > 0 ? memberTitle : 0;
        if (bestTitleMember >= 0 && fuzzyDone == 0) { fuzzy = Fuzzy(article, members[bestTitleMember]); fuzzyDone++; }
        for (var i = members.Count - 1; i >= 0 && fuzzyDone < settings.FuzzyComparisons; i--)
        {
            if (i == bestTitleMember) continue;
            fuzzy = Math.Max(fuzzy, Fuzzy(article, members[i]));
            fuzzyDone++;
        }

        double entityShare = 0, entityCover = 0;
        if (article.Entities.Length > 0)
        {
            double shared = 0, total = 0;
            foreach (var e in article.Entities)
            {
                var w = stats.Idf(e);
                total += w;
                if (story.EntityCounts.ContainsKey(e)) shared += w;
            }
            entityShare = total > 0 ? shared / total : 0;
        }
        if (story.EntityCounts.Count > 0)
        {
            double covered = 0, total = 0;
            foreach (var (e, count) in story.EntityCounts)
            {
                var w = stats.Idf(e) * count;
                total += w;
                if (Array.BinarySearch(article.Entities, e) >= 0) covered += w;
            }
            entityCover = total > 0 ? covered / total : 0;
        }

        // An outlet rarely files two separate pieces on one story; a second one is more often the next story.
        var sameOutlet = article.Outlet is "" or "unknown" ? 0.0 : members.Any(m => m.Outlet == article.Outlet) ? 1.0 : 0.0;
        var sharedNumbers = article.Numbers.Count(story.Numbers.Contains);
        // Story time profile: a story that has already run for days takes a late follow-up more easily.
        var (gap, span) = story.TimeProfile(article.TimeMs);
        var sameLanguage = article.Language.Length == 0 || story.Languages.Count == 0 || story.Languages.Contains(article.Language) ? 1.0 : 0.0;

        var keyShare = KeyShare(article, story, stats);

        return
        [
            bodyCos, titleCos, memberBody, memberTitle, fuzzy, entityShare, entityCover,
            Math.Min(sharedNumbers, 3) / 3.0, Math.Log(1 + gap), sameLanguage, Math.Min(gap, 1), Math.Min(gap, 30) / 30,
            Math.Log(1 + span), Math.Min(gap / (span + 1), 5), sameOutlet,
            Math.Min(Math.Max(0, gap - OverdueGraceDays - 2 * span), 10),
            keyShare,
            // The story's shape, for the follow-up path: a story that keeps coming back (bursts, span) is a running one;
            // one covered at once by many outlets is more often done, and a late piece on it is the next story.
            Math.Min(story.Bursts - 1, 3) / 3.0,
            Math.Log(1 + (story.MaxTimeMs - story.MinTimeMs) / 86_400_000.0),
            Math.Log(members.Count),
            Math.Log(Math.Max(1, story.Outlets.Count)),
        ];
    }

    /// <summary>
    /// How much of the article's key terms (title words, names, numbers, strongest lead words) belong to this story
    /// rather than to the news at large: each shared term counts by the share of its documents that are the story's
    /// members. A long-running story keeps its own names ("Equifax", "Chibok") while topic words ("Biden") are spread
    /// over many stories; this is what lets a follow-up weeks later join despite the time gap.
    /// </summary>
    private static double KeyShare(ArticleProfile article, StoryState story, CorpusStats stats)
    {
        double shared = 0, total = 0;
        foreach (var term in article.IndexTerms)
        {
            var idf = stats.Idf(term);
            total += idf;
            if (!story.IndexTermCounts.TryGetValue(term, out var count)) continue;
            var df = stats.DocumentFrequency(term);
            shared += idf * Math.Min(1.0, (double)count / Math.Max(1, df));
        }
        return total > 0 ? shared / total : 0;
    }

    // Title keys are already lower-cased words joined by single spaces, so FuzzySharp's own (regex) preprocessing is skipped.
    private static double Fuzzy(ArticleProfile a, ArticleProfile b) =>
        a.TitleKey.Length == 0 || b.TitleKey.Length == 0 ? 0 : Fuzz.TokenSetRatio(a.TitleKey, b.TitleKey, FuzzySharp.PreProcess.PreprocessMode.None) / 100.0;

    public static double Norm(TermVector v, CorpusStats stats)
    {
        double sum = 0;
        for (var i = 0; i < v.Ids.Length; i++)
        {
            var w = v.Weights[i] * stats.Idf(v.Ids[i]);
            sum += w * w;
        }
        return Math.Sqrt(sum);
    }

    public static double Norm(Dictionary<int, float> sum, CorpusStats stats)
    {
        double norm = 0;
        foreach (var (id, w) in sum)
        {
            var x = w * stats.Idf(id);
            norm += x * x;
        }
        return Math.Sqrt(norm);
    }

    public static double Cosine(TermVector a, double aNorm, Dictionary<int, float> sum, double sumNorm, CorpusStats stats)
    {
        if (aNorm == 0 || sumNorm == 0) return 0;
        double dot = 0;
        for (var i = 0; i < a.Ids.Length; i++)
        {
            if (!sum.TryGetValue(a.Ids[i], out var w)) continue;
            var idf = stats.Idf(a.Ids[i]);
            dot += a.Weights[i] * w * idf * idf;
        }
        return dot / (aNorm * sumNorm);
    }

    public static double Cosine(TermVector a, double aNorm, TermVector b, double bNorm, CorpusStats stats)
    {
        if (aNorm == 0 || bNorm == 0) return 0;
        double dot = 0;
        int i = 0, j = 0;
        while (i < a.Ids.Length && j < b.Ids.Length)
        {
            if (a.Ids[i] < b.Ids[j]) i++;
            else if (a.Ids[i] > b.Ids[j]) j++;
            else
            {
                var idf = stats.Idf(a.Ids[i]);
                dot += a.Weights[i] * b.Weights[j] * idf * idf;
                i++; j++;
            }
        }
        return dot / (aNorm * bNorm);
    }
}
