namespace BiasCompanion.Host.Stories;

/// <summary>An article as the matcher sees it. <see cref="Time"/> is the publish time, or the arrival time when unknown.</summary>
public sealed record MatchInput(
    long ArticleId,
    string? Title,
    string? Lead,
    string Body,
    string? Language,
    DateTimeOffset Time,
    string OutletKey)
{
    /// <summary>True when <see cref="Time"/> is only the arrival time (no publish time known): then closeness in time
    /// says little, since everything fetched in one burst shares nearly one instant.</summary>
    public bool TimeIsArrival { get; init; }
}

/// <param name="StoryId">The (surviving) story the article now belongs to.</param>
/// <param name="RepostOfArticleId">The earliest near-copy of this article's body, when it is a repost.</param>
/// <param name="MergedStoryIds">Stories folded into <paramref name="StoryId"/> by this article.</param>
public sealed record MatchResult(long StoryId, bool IsNewStory, long? RepostOfArticleId, IReadOnlyList<long> MergedStoryIds);

public interface IStoryMatcher
{
    /// <summary>Places one article (already stored) in a story, creating or merging stories as needed. Thread-safe.</summary>
    MatchResult Match(MatchInput article);
}

public interface IStoryReader
{
    /// <summary>A merged story's old id resolves to the story it was merged into.</summary>
    StorySnapshot? Get(long storyId);

    /// <summary>The story an article belongs to, if it has been matched.</summary>
    long? StoryOfArticle(long articleId);

    /// <summary>Stories updated at or after <paramref name="since"/>, newest first.</summary>
    IReadOnlyList<StorySnapshot> List(DateTimeOffset since, int limit);
}

public sealed record StoryMember(long ArticleId, long? RepostOfArticleId);

public sealed record StorySnapshot(
    long Id,
    string Headline,
    DateTimeOffset FirstSeen,
    DateTimeOffset Updated,
    long? FirstReporterArticleId,
    IReadOnlyList<StoryMember> Members,
    IReadOnlyList<string> Languages);
