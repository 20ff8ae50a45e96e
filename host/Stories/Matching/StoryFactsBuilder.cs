using BiasCompanion.Host.Stories.Persistence;

namespace BiasCompanion.Host.Stories.Matching;

/// <summary>The facts a story shows, recomputed from its members whenever one joins.</summary>
internal static class StoryFactsBuilder
{
    private const int HeadlineCandidates = 24;

    public static StoryFacts From(StoryState story, CorpusStats stats)
    {
        var originals = story.Members.Where(m => m.RepostOf is null).ToList();
        if (originals.Count == 0) originals = story.Members;

        // Representative headline: the original whose title is closest to all the titles together (the medoid).
        // Bounded work on long-running stories: the medoid is sought among the first and the latest originals.
        var titled = originals.Where(m => m.Title.Length > 0).ToList();
        if (titled.Count > 2 * HeadlineCandidates) titled = [.. titled.Take(HeadlineCandidates), .. titled.TakeLast(HeadlineCandidates)];
        var headline = "";
        if (titled.Count > 0)
        {
            var (_, centroidNorm) = story.Norms(stats);
            headline = titled
                .Select(m => (m, score: PairFeatures.Cosine(m.TitleTerms, m.Norms(stats).Title, story.TitleSum, centroidNorm, stats)))
                .OrderByDescending(x => x.score).ThenBy(x => x.m.TimeMs).ThenBy(x => x.m.ArticleId)
                .First().m.Title;
        }

        // First reporter: earliest original; on a tie, the one that reached us first (lower article id).
        var first = originals.OrderBy(m => m.TimeMs).ThenBy(m => m.ArticleId).First();
        return new StoryFacts(
            headline.Length > 500 ? headline[..500] : headline,
            story.MinTimeMs, story.MaxTimeMs, first.ArticleId,
            [.. story.Languages.Order(StringComparer.Ordinal)]);
    }
}
