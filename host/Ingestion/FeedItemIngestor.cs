using BiasCompanion.Host.Coverage;
using BiasCompanion.Host.Extraction;
using BiasCompanion.Host.Ingestion.Feeds;
using BiasCompanion.Host.Ingestion.Fetching;
using BiasCompanion.Host.Outlets;
using BiasCompanion.Host.Storage;
using Microsoft.Extensions.Options;

namespace BiasCompanion.Host.Ingestion;

/// <summary>
/// Turns one feed or search item into a stored, matched article: canonical url (tracking parameters stripped),
/// skipped when already stored, text from the feed when it carries enough, otherwise the page fetched and extracted.
/// </summary>
public sealed class FeedItemIngestor(
    ArticleStore store, ArticleIntake intake, SafeFetcher fetcher, IArticleExtractor extractor, IOutletRegistry outlets,
    IOptions<IngestionOptions> options, TimeProvider clock)
{
    public enum Outcome { Stored, Duplicate, Rejected }

    public async Task<(Outcome Outcome, ArticleIntake.Result? Result, string? Reason)> IngestAsync(FeedItem item, CancellationToken cancellation)
    {
        if (CanonicalUrls.TryParseWebUrl(item.Url) is not { } url) return (Outcome.Rejected, null, "not an http(s) url");
        var canonical = CanonicalUrls.Normalize(url);
        if (store.FindByCanonicalUrl(canonical) is not null) return (Outcome.Duplicate, null, null);

        var resolution = outlets.Resolve(url.AbsoluteUri);
        var article = new StoredArticle
        {
            Url = url.AbsoluteUri,
            CanonicalUrl = canonical,
            OutletDomain = resolution.DomainOr(url.Host),
            Title = item.Title,
            Byline = item.Author,
            PublishedAt = item.Published,
            Lead = Lead(item.Text),
            Body = item.Text,
            FirstSeenAt = clock.GetUtcNow(),
        };

        if (WordCount(item.Text) < options.Value.MinFeedTextWords)
        {
            var page = await fetcher.FetchAsync(url, FetchKind.Page, cancellation: cancellation);
            if (page.Ok && page.Body.Length > 0)
            {
                var extracted = extractor.Extract(url.AbsoluteUri, PageDecoder.Decode(page.Body, page.Charset));
                if (extracted.Error is null && extracted.Body.Length > article.Body.Length)
                {
                    article = article with
                    {
                        Title = article.Title ?? extracted.Title,
                        Byline = article.Byline ?? extracted.Byline,
                        PublishedAt = article.PublishedAt ?? extracted.PublishedAt,
                        Language = extracted.Language,
                        SiteName = extracted.SiteName,
                        Lead = extracted.Lead,
                        Body = extracted.Body,
                        ImageUrl = extracted.ImageUrl,
                    };
                }
            }
        }
        if (string.IsNullOrWhiteSpace(article.Title) && string.IsNullOrWhiteSpace(article.Body))
            return (Outcome.Rejected, null, "no title and no text");

        var result = await intake.AddAsync(article, resolution.Outlet?.Id ?? article.OutletDomain, cancellation);
        return (result.WasNew ? Outcome.Stored : Outcome.Duplicate, result, null);
    }

    private static string Lead(string text) =>
        string.Join('\n', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(2));

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
