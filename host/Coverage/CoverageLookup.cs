using BiasCompanion.Host.Api;
using BiasCompanion.Host.Extraction;
using BiasCompanion.Host.History;
using BiasCompanion.Host.Hosting;
using BiasCompanion.Host.Outlets;
using BiasCompanion.Host.Storage;

namespace BiasCompanion.Host.Coverage;

/// <summary>
/// The hot path (DESIGN §1): one page the reader is on → extract → store → match → report. A page that is not a
/// news article gets a short answer with its outlet's ratings, never an error.
/// </summary>
public sealed class CoverageLookup(
    IArticleExtractor extractor,
    IOutletRegistry outlets,
    ArticleIntake intake,
    CoverageReportBuilder reports,
    ReadingHistory history,
    IDiscoveryLauncher discovery,
    IConfiguration configuration,
    TimeProvider clock,
    StorageHealth? storage = null)
{
    private const int MaxTitleLength = 2000;
    private readonly int _maxPageBytes = RequestLimits.MaxPageBytes(configuration);

    // The extractor blocks its caller until one of its few worker threads has done the page (and counts its time limit
    // from the moment the page is queued). Two hundred lookups at once would each hold a thread-pool thread in that
    // wait — starving the pool, so hub pings, pushes and feed polls stall and connections drop — and the queued pages
    // would time out into "not an article". So lookups wait here without a thread, as many at a time as it has workers.
    private readonly SemaphoreSlim _extractionSlots = new(Math.Max(2, Environment.ProcessorCount));

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
        ExtractedArticle extracted;
        await _extractionSlots.WaitAsync(cancellation);
        try
        {
            extracted = extractor.Extract(pageUri.AbsoluteUri, capture.Html);
        }
        finally
        {
            _extractionSlots.Release();
        }
        if (!extracted.IsArticle || extracted.Error is not null || string.IsNullOrWhiteSpace(extracted.Title ?? capture.Title))
            return LookupOutcome.Ok(new CoverageReport { IsArticle = false, PageOutlet = pageOutlet });

        var canonical = CanonicalFor(pageUri, extracted.CanonicalUrl, capture.CanonicalUrl, resolution);
        var added = await intake.AddAsync(ToStored(pageUri, canonical, resolution, extracted, capture),
            pageOutlet.Id ?? pageOutlet.Domain, cancellation);
        var articleId = added.Article.Id;
        var storyId = added.StoryId;
        RecordRead(articleId);
        var report = reports.Build(storyId, articleId, pageOutlet)
                     ?? new CoverageReport { IsArticle = true, PageOutlet = pageOutlet };
        discovery.StartIfThin(report);
        return LookupOutcome.Ok(report);
    }

    /// <summary>The reading history is not worth failing a lookup for: while the store takes no writes, the read goes unrecorded.</summary>
    private void RecordRead(long articleId)
    {
        if (storage?.IsDegraded == true) return;
        try
        {
            history.Record(articleId);
        }
        catch (Exception error) when (storage?.Report(error) is not null) { }
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
        OutletDomain = resolution.DomainOr(page.Host),
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
}
