using BiasCompanion.Host.Storage;
using BiasCompanion.Host.Stories;

namespace BiasCompanion.Host.Coverage;

/// <summary>
/// The one way an article enters the corpus, whatever brought it (a lookup, a feed, discovery, an import): store it
/// (same canonical url = same row), place it in a story once, and tell the story's watchers.
/// </summary>
public sealed class ArticleIntake(ArticleStore store, IStoryMatcher matcher, IStoryReader stories, ICoverageNotifier notifier,
    ILogger<ArticleIntake> logger, StorageHealth? storage = null)
{
    private readonly SemaphoreSlim[] _urlLocks = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <param name="WasNew">False when the canonical url was already stored (the row was updated).</param>
    /// <param name="Matched">True when this call placed the article in a story (it changed).</param>
    public sealed record Result(StoredArticle Article, long StoryId, bool WasNew, bool Matched);

    public async Task<Result> AddAsync(StoredArticle article, string outletKey, CancellationToken cancellation = default)
    {
        var gate = _urlLocks[(StringComparer.Ordinal.GetHashCode(article.CanonicalUrl) & int.MaxValue) % _urlLocks.Length];
        await gate.WaitAsync(cancellation);
        try
        {
            var existing = store.FindByCanonicalUrl(article.CanonicalUrl);
            // While the store takes no writes, an article already placed in a story is served as stored.
            if (existing is not null && storage?.IsDegraded == true && stories.StoryOfArticle(existing.Id) is { } placed)
                return new Result(existing, placed, WasNew: false, Matched: false);
            StoredArticle stored;
            try
            {
                stored = store.Upsert(article);
            }
            catch (Exception error) when (existing is not null && storage?.Report(error) is not null
                                          && stories.StoryOfArticle(existing.Id) is { } storedStory)
            {
                return new Result(existing, storedStory, WasNew: false, Matched: false);
            }
            if (stories.StoryOfArticle(stored.Id) is { } known)
                return new Result(stored, known, existing is null, Matched: false);

            var match = matcher.Match(new MatchInput(stored.Id, stored.Title, stored.Lead, stored.Body, stored.Language,
                stored.PublishedAt ?? stored.FirstSeenAt, outletKey) { TimeIsArrival = stored.PublishedAt is null });
            _ = NotifyAsync(match);
            return new Result(stored, match.StoryId, existing is null, Matched: true);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task NotifyAsync(MatchResult match)
    {
        try
        {
            await notifier.StoryChangedAsync(match.StoryId, match.MergedStoryIds);
        }
        catch (Exception error)
        {
            logger.LogWarning(error, "Could not notify the watchers of story {StoryId}", match.StoryId);
        }
    }
}
