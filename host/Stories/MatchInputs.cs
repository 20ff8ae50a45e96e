using BiasCompanion.Host.Storage;

namespace BiasCompanion.Host.Stories;

public static class MatchInputs
{
    /// <summary>The matcher's view of a stored article: publish time when known, else the time it reached us.</summary>
    public static MatchInput FromStored(StoredArticle article) => new(
        article.Id, article.Title, article.Lead, article.Body, article.Language,
        article.PublishedAt ?? article.FirstSeenAt, article.OutletDomain)
    {
        TimeIsArrival = article.PublishedAt is null,
    };
}
