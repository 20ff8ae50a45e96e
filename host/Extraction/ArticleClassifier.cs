namespace BiasCompanion.Host.Extraction;

/// <summary>Article (news/blog post) versus home page, section front, listing, product, video, forum or service page.</summary>
public static partial class ArticleClassifier
{
    private static readonly string[] NonArticleTypes =
    [
        "Product", "CollectionPage", "ItemList", "VideoObject", "DiscussionForumPosting", "QAPage", "FAQPage", "SearchResultsPage",
        "ProfilePage", "Course", "SoftwareApplication", "Recipe", "Event", "Place", "LocalBusiness", "Offer", "Store",
    ];

    public static bool IsArticle(ExtractedArticle article, PageMetadata md, PageShape shape, bool readable)
    {
        var f = Features(article, md, shape);
        f["readable"] = B(readable);
        return Score(f) >= 0;
    }

    // Logistic-regression weights fitted on wcxb-dev (page type) and readability-pages (readerable); 0 is the decision boundary.
    internal static double Score(Dictionary<string, double> f) =>
        -3.7
        + 2.8 * f["readable"] + 2.4 * f["bodyShare"] + 1.6 * f["byline"] + 1.3 * f["ogArticle"] + 1.2 * f["ldArticle"]
        + 0.9 * f["slug"] + 0.9 * f["urlDate"] + 0.5 * f["wordsUnder150"] - 0.35 * f["words300"]
        - 3.1 * f["urlNonArticle"] - 2.6 * f["homePath"] - 2.3 * f["ldNonArticle"] - 1.5 * f["ogOther"] - 1.3 * f["linkHeavy"];

    internal static Dictionary<string, double> Features(ExtractedArticle a, PageMetadata md, PageShape shape)
    {
        var ogType = md.Get("og:type")?.ToLowerInvariant();
        var path = Uri.TryCreate(a.Url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "";
        var lastSegment = path.TrimEnd('/').Split('/').LastOrDefault() ?? "";
        var linkDensity = shape.TextChars > 0 ? (double)shape.LinkTextChars / shape.TextChars : 1;
        return new Dictionary<string, double>
        {
            ["ldArticle"] = B(md.JsonLd.HasArticle),
            ["ogArticle"] = B(ogType == "article"),
            ["byline"] = B(a.Byline is not null),
            ["words300"] = B(a.WordCount >= 300),
            ["wordsUnder150"] = B(a.WordCount < 150),
            ["ldNonArticle"] = B(!md.JsonLd.HasArticle && md.JsonLd.Types.Any(t => NonArticleTypes.Contains(t, StringComparer.OrdinalIgnoreCase))),
            ["ogOther"] = B(ogType is "product" or "video" or "video.other" or "profile" or "books.book"),
            ["homePath"] = B(uri is not null && (path is "" or "/" || path.EndsWith("/index.html", StringComparison.OrdinalIgnoreCase))),
            ["slug"] = B(lastSegment.Count(c => c is '-' or '_') >= 3),
            ["urlDate"] = B(DateParsing.FromUrl(a.Url) is not null),
            ["linkHeavy"] = B(linkDensity > 0.5),
            ["linkDensity"] = linkDensity,
            ["bodyShare"] = shape.TextChars > 0 ? Math.Min(1, (double)a.Body.Length / shape.TextChars) : 0,
            ["urlNonArticle"] = B(NonArticlePath().IsMatch(path)),
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"/(forums?|threads?|topics?|viewtopic|showthread|t|products?|shop|store|collections?|category|categories|tags?|search|docs|documentation|wiki|questions|dp|p)(/|\.|$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NonArticlePath();

    private static double B(bool value) => value ? 1 : 0;
}
