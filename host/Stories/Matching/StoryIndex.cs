namespace BiasCompanion.Host.Stories.Matching;

/// <summary>
/// The active window: stories whose span lies near the newest article seen, with an inverted index from terms
/// (words, names, numbers) to those stories. Older stories leave memory, so the work per article stays flat.
/// </summary>
internal sealed class StoryIndex(MatchSettings settings)
{
    private readonly Dictionary<long, StoryState> _stories = [];
    private readonly Dictionary<int, HashSet<StoryState>> _postings = [];
    private long _matchesSinceEviction;

    public long WatermarkMs { get; private set; } = long.MinValue;
    public int Count => _stories.Count;
    public IEnumerable<StoryState> Stories => _stories.Values;

    public StoryState? Find(long id) => _stories.GetValueOrDefault(id);

    public void Add(StoryState story)
    {
        _stories[story.Id] = story;
        foreach (var term in story.IndexTermCounts.Keys) Post(term, story);
        WatermarkMs = Math.Max(WatermarkMs, story.MaxTimeMs);
    }

    public void AddMember(StoryState story, ArticleProfile article)
    {
        story.Add(article);
        foreach (var term in article.IndexTerms) Post(term, story);
        WatermarkMs = Math.Max(WatermarkMs, article.TimeMs);
        if (++_matchesSinceEviction >= 256) EvictOld();
    }

    public void Remove(StoryState story)
    {
        _stories.Remove(story.Id);
        foreach (var term in story.IndexTermCounts.Keys)
            if (_postings.TryGetValue(term, out var set) && set.Remove(story) && set.Count == 0) _postings.Remove(term);
    }

    /// <summary>Stories sharing the article's terms within the time window, best first by summed IDF of shared terms.</summary>
    public List<StoryState> Candidates(ArticleProfile article, CorpusStats stats)
    {
        var scores = new Dictionary<StoryState, double>();
        var window = settings.WindowDays * 86_400_000.0;
        foreach (var term in article.IndexTerms)
        {
            if (!_postings.TryGetValue(term, out var set)) continue;
            // A term posted on a large share of the window is a topic word, not a story key; skip its long list.
            if (set.Count > settings.MaxPostingLength) continue;
            var idf = stats.Idf(term);
            foreach (var story in set)
            {
                if (story.MinTimeMs - window > article.TimeMs || story.MaxTimeMs + window < article.TimeMs) continue;
                scores[story] = scores.GetValueOrDefault(story) + idf;
            }
        }
        return scores.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Id)
            .Take(settings.MaxCandidates).Select(kv => kv.Key).ToList();
    }

    public void EvictOld()
    {
        _matchesSinceEviction = 0;
        var horizon = WatermarkMs - (long)(settings.RetentionDays * 86_400_000.0);
        foreach (var story in _stories.Values.Where(s => s.MaxTimeMs < horizon).ToList()) Remove(story);
    }

    private void Post(int term, StoryState story)
    {
        if (!_postings.TryGetValue(term, out var set)) _postings[term] = set = [];
        set.Add(story);
    }
}
