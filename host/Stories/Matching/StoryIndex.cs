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

    public void Clear()
    {
        _stories.Clear();
        _postings.Clear();
        WatermarkMs = long.MinValue;
    }

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
        if (scores.Count <= settings.MaxCandidates)
            return scores.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Id).Select(kv => kv.Key).ToList();
        var top = new PriorityQueue<StoryState, (double, long)>(settings.MaxCandidates + 1);
        foreach (var (story, score) in scores)
        {
            // Min-heap on (score, -id): the weakest of the kept candidates is dropped first.
            top.Enqueue(story, (score, -story.Id));
            if (top.Count > settings.MaxCandidates) top.Dequeue();
        }
        var kept = new List<(StoryState Story, double Score)>(top.Count);
        while (top.TryDequeue(out var story, out var key)) kept.Add((story, key.Item1));
        return kept.OrderByDescending(x => x.Score).ThenBy(x => x.Story.Id).Select(x => x.Story).ToList();
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
