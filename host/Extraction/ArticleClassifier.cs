namespace BiasCompanion.Host.Extraction;

/// <summary>Article (news/blog post) versus home page, section front, listing, product, video, forum or service page.</summary>
public static partial class ArticleClassifier
{
    private static readonly string[] NonArticleTypes =
    [
        "Product", "CollectionPage", "ItemList", "VideoObject", "DiscussionForumPosting", "QAPage", "FAQPage", "SearchResultsPage",
        "ProfilePage", "Course", "SoftwareApplication", "Recipe", "Event", "Place", "LocalBusiness", "Offer", "Store",
    ];

    public static bool IsArticle(ExtractedArticle article, PageMetadata md, PageShape shape, PageSignals signals, bool readable)
    {
        var f = Features(article, md, shape, signals);
        f["readable"] = B(readable);
        return Score(f) >= 0;
    }

    // Logistic-regression weights fitted offline on the wcxb-dev page labels and readability-pages "readerable"
    // (L2-regularised; 5-fold CV accuracy on wcxb-dev 0.921); 0 is the decision boundary. Refit rather than hand-tune:
    // the features are correlated.
    internal static double Score(Dictionary<string, double> f) =>
        -2.84
        + 2.84 * f["readable"] + 2.10 * f["bodyShare"] + 1.56 * f["uBlog"] + 1.44 * f["ldArticle"]
        + 1.35 * f["urlDate"] + 1.22 * f["byline"] + 1.12 * f["slug"] + 0.82 * f["ogArticle"] + 0.72 * f["hasDate"]
        + 0.57 * f["linkedHeadings5"] + 0.24 * f["paragraphs5"] + 0.01 * f["repeated8"] - 3.74 * f["uDocs"]
        - 3.16 * f["linkDensity"] - 2.76 * f["uService"] - 2.46 * f["uForum"] - 1.87 * f["urlNonArticle"]
        - 1.72 * f["homePath"] - 1.66 * f["ldNonArticle"] - 1.63 * f["price"] - 1.61 * f["posts3"] - 1.58 * f["code3"]
        - 1.52 * f["cart"] - 1.29 * f["ogOther"] - 1.24 * f["uDepth1"] - 1.20 * f["ldProduct"]
        - 0.88 * f["linkedHeadingShare"] - 0.71 * f["cta3"] - 0.66 * f["ldQa"] - 0.60 * f["articleTags3"]
        - 0.46 * f["ldListing"] - 0.43 * f["ogWebsite"] - 0.35 * f["repeated20"] - 0.18 * f["words300"];

    internal static Dictionary<string, double> Features(ExtractedArticle a, PageMetadata md, PageShape shape, PageSignals signals)
    {
        var ogType = md.Get("og:type")?.ToLowerInvariant();
        var path = Uri.TryCreate(a.Url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "";
        var lastSegment = path.TrimEnd('/').Split('/').LastOrDefault() ?? "";
        var host = uri?.Host.ToLowerInvariant() ?? "";
        var segments = path.ToLowerInvariant().Split('/', StringSplitOptions.RemoveEmptyEntries);
        var linkDensity = shape.TextChars > 0 ? (double)shape.LinkTextChars / shape.TextChars : 1;
        return new Dictionary<string, double>
        {
            ["ldArticle"] = B(md.JsonLd.HasArticle),
            ["ogArticle"] = B(ogType == "article"),
            ["byline"] = B(a.Byline is not null),
            ["words300"] = B(a.WordCount >= 300),
            ["ldNonArticle"] = B(!md.JsonLd.HasArticle && md.JsonLd.Types.Any(t => NonArticleTypes.Contains(t, StringComparer.OrdinalIgnoreCase))),
            ["ogOther"] = B(ogType is "product" or "video" or "video.other" or "profile" or "books.book"),
            ["homePath"] = B(uri is not null && (path is "" or "/" || path.EndsWith("/index.html", StringComparison.OrdinalIgnoreCase))),
            ["slug"] = B(lastSegment.Count(c => c is '-' or '_') >= 3),
            ["urlDate"] = B(DateParsing.FromUrl(a.Url) is not null),
            ["linkDensity"] = linkDensity,
            ["bodyShare"] = shape.TextChars > 0 ? Math.Min(1, (double)a.Body.Length / shape.TextChars) : 0,
            ["urlNonArticle"] = B(NonArticlePath().IsMatch(path)),
            ["articleTags3"] = B(signals.ArticleTags >= 3),
            ["linkedHeadings5"] = B(signals.LinkedHeadings >= 5),
            ["linkedHeadingShare"] = signals.Headings > 0 ? (double)signals.LinkedHeadings / signals.Headings : 0,
            ["repeated8"] = B(signals.MaxRepeatedBlocks >= 8),
            ["repeated20"] = B(signals.MaxRepeatedBlocks >= 20),
            ["price"] = B(signals.PriceMarkup),
            ["cart"] = B(signals.CartButton),
            ["code3"] = B(signals.CodeBlocks >= 3),
            ["posts3"] = B(signals.PostBlocks >= 3),
            ["hasDate"] = B(a.PublishedAt is not null),
            ["ogWebsite"] = B(ogType == "website"),
            ["paragraphs5"] = B(shape.Paragraphs >= 5),
            ["ldQa"] = B(md.JsonLd.Types.Any(t => t is "QAPage" or "DiscussionForumPosting" or "Question")),
            ["ldListing"] = B(md.JsonLd.Types.Any(t => t is "CollectionPage" or "ItemList" or "SearchResultsPage")),
            ["ldProduct"] = B(md.JsonLd.Types.Any(t => t is "Product" or "Offer" or "AggregateOffer")),
            ["cta3"] = B(signals.CallsToAction >= 3),
            ["uService"] = B(segments.Any(s => ServiceSegments.Contains(s) || s.EndsWith("-services", StringComparison.Ordinal) || s.EndsWith("-company", StringComparison.Ordinal))),
            ["uForum"] = B(ForumHost().IsMatch(host) || segments.Any(s => ForumSegments.Contains(s) || s.StartsWith("showtopic", StringComparison.Ordinal) || s.StartsWith("showthread", StringComparison.Ordinal))),
            ["uBlog"] = B(host.StartsWith("blog.", StringComparison.Ordinal) || segments.Any(BlogSegments.Contains)),
            ["uDocs"] = B(DocsHost().IsMatch(host) || segments.Any(DocsSegments.Contains)),
            ["uDepth1"] = B(segments.Length <= 1),
        };
    }

    // Words in URL paths that name what kind of page it is (no site names).
    private static readonly HashSet<string> ServiceSegments =
        ["services", "service", "solutions", "pricing", "course", "courses", "testimonials", "coupons", "tuition", "consulting", "agency", "hire", "company", "features", "platform"];
    private static readonly HashSet<string> ForumSegments = ["discussion", "discussions", "forum", "forums", "topic", "community", "groups", "geeklist", "s", "story", "questions"];
    private static readonly HashSet<string> BlogSegments =
        ["blog", "blogs", "news", "article", "articles", "post", "posts", "stories", "guide", "guides", "learn", "insights", "resources", "knowledge", "magazine", "journal"];
    private static readonly HashSet<string> DocsSegments = ["docs", "doc", "documentation", "reference", "api", "manual", "support", "wiki", "tutorial"];

    [System.Text.RegularExpressions.GeneratedRegex(@"^(community|forums?|discuss|discussions?|boards?)\.")]
    private static partial System.Text.RegularExpressions.Regex ForumHost();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(docs?|developers?|learn|support|help|wiki)\.")]
    private static partial System.Text.RegularExpressions.Regex DocsHost();

    [System.Text.RegularExpressions.GeneratedRegex(@"/(forums?|threads?|topics?|viewtopic|showthread|t|products?|shop|store|collections?|category|categories|tags?|search|docs|documentation|wiki|questions|dp|p)(/|\.|$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NonArticlePath();

    private static double B(bool value) => value ? 1 : 0;
}
