using BiasCompanion.Host.Api;
using BiasCompanion.Host.Extraction;
using BiasCompanion.Host.History;
using BiasCompanion.Host.Hosting;
using BiasCompanion.Host.Outlets;
using BiasCompanion.Host.Storage;
using BiasCompanion.Host.Stories;

namespace BiasCompanion.Host.Coverage;

/// <summary>
/// The hot path (DESIGN §1): one page the reader is on → extract → store → match → report. A page that is not a
/// news article gets a short answer with its outlet's ratings, never an error.
/// </summary>
public sealed class CoverageLookup(
    IArticleExtractor extractor,
    IOutletRegistry outlets,
    ArticleStore store,
    IStoryMatcher matcher,
    IStoryReader stories,
    CoverageReportBuilder reports,
    ReadingHistory history,
    ICoverageNotifier notifier,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<CoverageLookup> logger)
{
    private const int MaxTitleLength = 2000;
    private readonly int _maxPageBytes = RequestLimits.MaxPageBytes(configuration);
    private readonly SemaphoreSlim[] _urlLocks = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<LookupOutcome> AnalyzeAsync(PageCapture? capture, CancellationToken cancellation = default)
    {
        if (capture is null) return LookupOutcome.Invalid("The capture is empty.");
        if (CanonicalUrls.TryParseWebUrl(capture.Url) is not { } pageUri)
            return LookupOutcome.Invalid($"'url' must be an absolute http(s) URL of at most {CanonicalUrls.MaxLength} characters.");
        if (capture.Html is null) return LookupOutcome.Invalid("'html' is required.");
        if (capture.Title is { Length: > MaxTitleLength }) return LookupOutcome.Invalid($"'title' is longer than {MaxTitleLength} characters.");
        if (capture.Html.Length > _maxPageBytes || System.Text.Encoding.UTF8.GetByteCount(capture.Html) > _maxPageBytes)
            return LookupOutcome.TooLarge($"The page is larger than the {_maxPageBytes / 1024} KiB limit.");

        var resolution = outlets.Resolve(pageUri.AbsoluteUri);
        var pageOutlet = OutletCards.From(resolution, pageUri.Host);
        var extracted = extractor.Extract(pageUri.AbsoluteUri, capture.Html);
        if (!extracted.IsArticle || extracted.Error is not null || string.IsNullOrWhiteSpace(extracted.Title ?? capture.Title))
            return LookupOutcome.Ok(new CoverageReport { IsArticle = false, PageOutlet = pageOutlet });

        var canonical = CanonicalFor(pageUri, extracted.CanonicalUrl, capture.CanonicalUrl, resolution);
        var gate = _urlLocks[(canonical.GetHashCode() & int.MaxValue) % _urlLocks.Length];
        await gate.WaitAsync(cancellation);
        long storyId;
        long articleId;
        try
        {
            var stored = store.Upsert(ToStored(pageUri, canonical, resolution, extracted, capture));
            articleId = stored.Id;
            if (stories.StoryOfArticle(stored.Id) is { } known)
            {
                storyId = known;
            }
            else
            {
                var match = matcher.Match(new MatchInput(stored.Id, stored.Title, stored.Lead, stored.Body, stored.Language,
                    stored.PublishedAt ?? stored.FirstSeenAt, pageOutlet.Id ?? pageOutlet.Domain));
                storyId = match.StoryId;
                _ = NotifyAsync(match);
            }
        }
        finally
        {
            gate.Release();
        }
        history.Record(articleId);
        var report = reports.Build(storyId, articleId, pageOutlet)
                     ?? new CoverageReport { IsArticle = true, PageOutlet = pageOutlet };
        return LookupOutcome.Ok(report);
    }

    /// <summary>
    /// The page's own canonical link wins, but only when it stays on the page's site: a hostile page must not be able
    /// to overwrite another outlet's article by claiming its address.
    /// </summary>
    private string CanonicalFor(Uri page, string? extracted, string? captured, OutletResolution pageResolution)
    {
        foreach (var candidate in new[] { extracted, captured })
        {
            if (CanonicalUrls.TryParseWebUrl(candidate) is not { } uri) continue;
            var resolution = outlets.Resolve(uri.AbsoluteUri);
            var sameSite = resolution.Outlet is { } o && o.Id == pageResolution.Outlet?.Id
                           || resolution.RegistrableDomain.Length > 0 && resolution.RegistrableDomain == pageResolution.RegistrableDomain;
            if (sameSite) return CanonicalUrls.Normalize(uri);
        }
        return CanonicalUrls.Normalize(page);
    }

    private StoredArticle ToStored(Uri page, string canonical, OutletResolution resolution, ExtractedArticle e, PageCapture capture) => new()
    {
        Url = page.AbsoluteUri,
        CanonicalUrl = canonical,
        OutletDomain = resolution.Outlet?.PrimaryDomain ?? (resolution.RegistrableDomain.Length > 0 ? resolution.RegistrableDomain : page.Host),
        Title = e.Title ?? capture.Title?.Trim(),
        Byline = e.Byline,
        PublishedAt = e.PublishedAt,
        Language = e.Language,
        SiteName = e.SiteName,
        Lead = e.Lead,
        Body = e.Body,
        ImageUrl = e.ImageUrl,
        FirstSeenAt = capture.CapturedAt ?? clock.GetUtcNow(),
    };

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
