using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>An author named by a label away from the headline: an author box at the article's foot, an "Author" panel beside it.</summary>
public sealed class AuthorBoxBylineTests
{
    private readonly ArticleExtractor extractor = new();

    // Short related links after the story use up the headline area's reach, so what follows is the page's foot.
    private static readonly string Related =
        "<ul class=\"related\">" + string.Concat(Enumerable.Range(1, 30).Select(i => $"<li><a href=\"/news/{i}\">Tram story {i}</a></li>")) + "</ul>";

    private string? BylineOf(string afterArticle, string underHeadline = "") =>
        extractor.Extract("https://courier.example/news/tram",
            "<!doctype html><html lang=\"en\"><head><title>Council backs the tram extension</title></head><body>"
            + $"<h1>Council backs the tram extension</h1>{underHeadline}<article>{Fixtures.Paragraphs}</article>{Related}{afterArticle}</body></html>").Byline;

    [Theory]
    [InlineData("<div class=\"bio\"><h3>Written by Ida Lund</h3><p>Ida covers transport for the paper.</p></div>")]
    [InlineData("<div class=\"bio\"><p>Written by <a href=\"/people/ida\">Ida Lund</a></p><p>Ida covers transport.</p></div>")]
    [InlineData("<section><h2>Article by</h2><div>Ida Lund</div></section>")]
    [InlineData("<section><h2>Article written by:</h2><div><img src=\"/i/ida.jpg\" alt=\"\"><div><h3>Ida Lund</h3></div></div></section>")]
    [InlineData("<section><p>Post written by</p><picture><img src=\"/i/ida.jpg\" alt=\"\"></picture><p>Ida Lund</p></section>")]
    [InlineData("<aside><h3>Author</h3><p> Ida Lund</p></aside>")]
    [InlineData("<dl class=\"field-list\"><dt>Author<span class=\"colon\">:</span></dt><dd><p>Ida Lund</p></dd></dl>")]
    [InlineData("<div class=\"tags\"><div><strong>Contributors:</strong> Ida Lund </div></div>")]
    public void AuthorBoxAwayFromTheHeadlineNamesTheAuthor(string box)
    {
        Assert.Equal("Ida Lund", BylineOf(box));
    }

    [Fact]
    public void ListedAuthorsAreJoinedWithCommas()
    {
        Assert.Equal("Ida Lund, Per Moe, Eva Holt",
            BylineOf("<div><h6>Author(s)</h6><ul><li><a href=\"/a\">Ida Lund</a></li><li><a href=\"/b\">Per Moe</a></li><li><a href=\"/c\">Eva Holt</a></li></ul></div>"));
    }

    [Theory]
    [InlineData("<ul><li><a href=\"/wiki/cla\">Contributor License Agreement</a></li></ul>")]
    [InlineData("<div class=\"comment\"><span>Posted by: <a href=\"mailto:x@example.com\">Sam Reed</a></span></div>")]
    [InlineData("<div class=\"filters\"><span>By</span> <a href=\"/c\">Category Name</a></div>")]
    [InlineData("<div><h3>Authors</h3><p>State</p></div>")]
    [InlineData("<div class=\"menu\"><a href=\"/authors/\">Authors</a> <a href=\"/latest\">Latest Activity</a></div>")]
    public void OtherCreditsAndLabelsAreNotBylines(string html)
    {
        Assert.Null(BylineOf(html));
    }

    [Fact]
    public void UnderTheHeadlineANounLabelNeedsAColon()
    {
        Assert.Null(BylineOf("", "<p>Contributor License Agreement</p>"));
        Assert.Equal("Ida Lund", BylineOf("", "<p>Contributor: Ida Lund</p>"));
    }

    [Fact]
    public void TheBylineUnderTheHeadlineStillWins()
    {
        Assert.Equal("Per Moe", BylineOf("<div class=\"bio\"><h3>Written by Ida Lund</h3></div>", "<p>By Per Moe</p>"));
    }

    // No headline: the "By" line is found in the article's text (LeadByline), not as the shown byline.
    private string? BylineWithoutHeadline(string head, string article) =>
        extractor.Extract("https://courier.example/news/tram",
            $"<!doctype html><html lang=\"en\"><head><title>Council backs the tram extension</title>{head}</head><body><article>{article}{Fixtures.Paragraphs}</article></body></html>").Byline;

    [Theory]
    [InlineData("<meta property=\"og:site_name\" content=\"Tram Courier\"><meta name=\"author\" content=\"Tram Courier Team\">")]
    [InlineData("<meta property=\"og:site_name\" content=\"Courier Weekly\"><meta name=\"author\" content=\"Courier\">")]
    [InlineData("<meta property=\"og:site_name\" content=\"Lund &amp; Lund\"><meta name=\"author\" content=\"Lund &amp; Lund\">")]
    [InlineData("<meta name=\"author\" content=\"editor4471\">")]
    public void APublisherOrLoginNameGivesWayToAPersonTheTextNames(string head)
    {
        Assert.Equal("Ida Lund", BylineWithoutHeadline(head, "<p>By Ida Lund</p>"));
    }

    [Fact]
    public void NameAfterAPersonIconInThePostsMetaLineIsTheBylineWithoutAHeadline()
    {
        const string meta = "<div class=\"entry-meta\"><ul><li><i class=\"bi bi-person\"></i> Ida Lund</li><li><i class=\"bi bi-clock\"></i> <time datetime=\"2025-05-02\">May 2, 2025</time></li></ul></div>";

        Assert.Equal("Ida Lund", BylineWithoutHeadline("", meta));
        Assert.Null(BylineWithoutHeadline("", meta.Replace("bi bi-person", "bi bi-folder")));
    }

    [Fact]
    public void CapitalisedWordsCutFromASentenceAreNotThatPerson()
    {
        var head = "<meta property=\"og:site_name\" content=\"Tram Courier\"><meta name=\"author\" content=\"Tram Courier Staff\">";

        Assert.Equal("Tram Courier Staff", BylineWithoutHeadline(head, "<p>Walks by Nature In the city parks are free.</p>"));
    }

    [Fact]
    public void APersonalSitesOwnerStaysTheByline()
    {
        var head = "<meta property=\"og:site_name\" content=\"Per Moe\"><meta name=\"author\" content=\"Per Moe\">";

        Assert.Equal("Per Moe", BylineWithoutHeadline(head, "<p>Photo by Ida Lund</p>"));
    }

    [Fact]
    public void AWebPagesJsonLdAuthorNamesTheWriterOfAPostWithoutAnArticleEntity()
    {
        var head = "<meta property=\"og:site_name\" content=\"Tram Signal\"><meta name=\"author\" content=\"Tram\">"
            + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"WebPage\",\"headline\":\"Council backs the tram extension\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"Ida Lund\"}}</script>";

        Assert.Equal("Ida Lund", BylineWithoutHeadline(head, ""));
    }

    [Fact]
    public void ATagManagerDataLayersPostAuthorIsTheLastFallback()
    {
        var dataLayer = "<script>var dataLayer_content = {\"pagePostType\":\"post\",\"pagePostAuthor\":\"Ida Lund\"}; dataLayer.push(dataLayer_content);</script>";

        Assert.Equal("Ida Lund", BylineWithoutHeadline(dataLayer, ""));
        Assert.Equal("Per Moe", BylineWithoutHeadline(dataLayer, "<p>By Per Moe</p>"));
    }

    [Fact]
    public void ThePublishersNameAfterTheAuthorsIsCutOff()
    {
        var head = "<meta property=\"og:site_name\" content=\"The Tram Courier\"><meta name=\"author\" content=\"Ida Lund and Per Moe, The Tram Courier\">";

        Assert.Equal("Ida Lund and Per Moe", BylineWithoutHeadline(head, ""));
    }

    [Theory]
    [InlineData("Written by Ida Lund Edited by Per Moe", "Ida Lund")]
    [InlineData("Ida Lund Fact-checked by Per Moe", "Ida Lund")]
    [InlineData("Articles by Ida Lund", "Ida Lund")]
    [InlineData("More posts from Ida Lund", "Ida Lund")]
    [InlineData("262588213843476", null)]
    public void LabelsEditorsAndNumbersAreNotPartOfTheByline(string raw, string? expected)
    {
        Assert.Equal(expected, BylineChooser.Clean(raw));
    }

    private const string Bio = "<p>She has covered transport, planning and the city council for the paper since the first tram line reopened, and before that reported on the harbour, the ferries and the long fight over the old rail yards.</p>";

    [Theory]
    [InlineData("<div class=\"post-author-box\"><img src=\"/i/ida.jpg\" alt=\"Ida Lund\">" + Bio + "</div>", "Ida Lund")]
    [InlineData("<div class=\"author-avatar\"><img src=\"/i/ida.jpg\" alt=\"Ida Lund\"></div>", "Ida Lund")]
    [InlineData("<div class=\"author-avatar\"><img src=\"/i/ida.jpg\" alt=\"Author Avatar\"></div>", null)]
    [InlineData("<div class=\"post-author-box\"><img src=\"/i/ida.jpg\" alt=\"portrait of the writer\">" + Bio + "</div>", null)]
    public void APortraitsAltTextInAnAuthorBoxNamesTheAuthorWhenNothingElseDoes(string box, string? expected)
    {
        Assert.Equal(expected, BylineOf(box));
    }

    [Fact]
    public void AnOrganisationNamedAsAuthorGivesWayToThePersonAnAuthorBoxNames()
    {
        var head = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"headline\":\"Council backs the tram extension\","
            + "\"author\":{\"@type\":\"Organization\",\"name\":\"Riverside Tram Association\"}}</script>";
        var page = "<!doctype html><html lang=\"en\"><head><title>Council backs the tram extension</title>" + head + "</head><body>"
            + $"<h1>Council backs the tram extension</h1><article>{Fixtures.Paragraphs}</article>{Related}<div class=\"bio\"><h3>Written by Ida Lund</h3></div></body></html>";

        Assert.Equal("Ida Lund", extractor.Extract("https://courier.example/news/tram", page).Byline);
    }

    [Fact]
    public void WritersListedInTheSitesMenusOrSidebarAreNotThePagesByline()
    {
        const string menu = "<nav><ul><li class=\"author-follow\"><a href=\"/author/per-moe\">Per Moe</a></li></ul></nav>";
        const string sidebar = "<aside><h3>Our columnists</h3><ul><li class=\"author-follow\"><a href=\"/author/eva-holt\">Eva Holt</a></li></ul></aside>";
        const string byline = "<div class=\"author-name\">Ida Lund</div>";
        var page = (string top, string inArticle) => extractor.Extract("https://courier.example/news/tram",
            "<!doctype html><html lang=\"en\"><head><title>Council backs the tram extension</title></head><body>"
            + $"{top}<h1>Council backs the tram extension</h1><article>{inArticle}{Fixtures.Paragraphs}</article></body></html>").Byline;

        Assert.Equal("Ida Lund", page(menu + sidebar, byline));
        Assert.Null(page(menu + sidebar, ""));
        // An aside within the article is the article's own.
        Assert.Equal("Ida Lund", page(menu, $"<aside class=\"meta\">{byline}</aside>"));
    }
}
