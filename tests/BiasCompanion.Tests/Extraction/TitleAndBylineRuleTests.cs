using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>The headline and byline choosers, rule by rule, on small pages written here.</summary>
public sealed class TitleAndBylineRuleTests
{
    private readonly ArticleExtractor extractor = new();

    private static string Page(string head, string body) =>
        $"<!doctype html><html lang=\"en\"><head>{head}</head><body>{body}<article>{Fixtures.Paragraphs}</article></body></html>";

    private string? TitleOf(string head, string body, string url = "https://courier.example/news/tram") =>
        extractor.Extract(url, Page(head, body)).Title;

    private string? BylineOf(string head, string body, string url = "https://courier.example/news/tram") =>
        extractor.Extract(url, Page(head, body)).Byline;

    [Fact]
    public void AnUnrenderedTemplateHeadingIsNotAHeadingOfThePage()
    {
        var title = TitleOf("<meta property=\"og:title\" content=\"*A Treatise on Coffee* (1792)\">",
            "<h1><em>A Treatise on Coffee</em> (1792)</h1><h1>{{ $localize('cart.summary') }}</h1>");
        Assert.Equal("A Treatise on Coffee (1792)", title);
    }

    [Fact]
    public void HeadingEqualToTheLeadingPartOfTheTitleBeatsAHeadingEqualToItsTrailingPart()
    {
        var title = TitleOf("<title>Tram extension approved — river district news</title>",
            "<h1>river district news</h1><h1>Tram extension approved¶</h1>");

        Assert.Equal("Tram extension approved", title);
    }

    [Fact]
    public void HeadingEqualToAPartOfTheTitleIsTheHeadlineEvenWhenTheSiteIsUnknown()
    {
        var title = TitleOf("<title>Budget &amp; schools: the vote | Politics | Evening Post</title>", "<h1>Budget &amp; schools: the vote</h1>",
            "http://localhost/story");

        Assert.Equal("Budget & schools: the vote", title);
    }

    [Fact]
    public void JsonLdHeadlineComesBeforeOpenGraphWhenNoHeadingAgrees()
    {
        var head = "<meta property=\"og:title\" content=\"Social headline about trams\">"
            + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Council approves tram line\"}</script>";

        Assert.Equal("Council approves tram line", TitleOf(head, "<h1>Courier</h1><h1>Latest</h1>"));
    }

    [Fact]
    public void DublinCorePropertyComesBeforeOpenGraphAndSpaceSeparatedPropertiesAreEachRead()
    {
        var head = "<title>Document</title><meta name=\"og:title\" content=\"Name attribute title\">"
            + "<meta property=\"x:title dc:title\" content=\"Council approves tram line\"><meta property=\"og:title\" content=\"Property title\">";

        Assert.Equal("Council approves tram line", TitleOf(head, "<h1>A</h1><h1>B</h1>"));
    }

    [Fact]
    public void OpenGraphPropertyBeatsTheSameKeyGivenAsAName()
    {
        var head = "<meta name=\"og:title\" content=\"Name attribute title\"><meta property=\"og:title\" content=\"Council approves tram line\">";

        Assert.Equal("Council approves tram line", TitleOf(head, "<h1>A</h1><h1>B</h1>"));
    }

    [Fact]
    public void ParselyTitleIsUsedWhenNoOtherMetadataTitleExists()
    {
        Assert.Equal("Council approves tram line",
            TitleOf("<meta name=\"parsely-title\" content=\"Council approves tram line\">", "<h1>News</h1><h1>Weather</h1>"));
    }

    [Fact]
    public void EverythingAfterTheFirstBarIsDropped()
    {
        var head = "<meta property=\"og:title\" content=\"Council approves tram line | Costs, routes and dates\">";

        Assert.Equal("Council approves tram line", TitleOf(head, "<h1>News</h1><h1>Weather</h1>"));
    }

    [Fact]
    public void WithoutAnyHeadingATrailingPartIsDroppedWhenThreeWordsRemain()
    {
        Assert.Equal("Council approves tram line", TitleOf("<title>Council approves tram line – My notebook</title>", "", "http://localhost/x"));
        Assert.Equal("Tram line – My notebook", TitleOf("<title>Tram line – My notebook</title>", "", "http://localhost/x"));
    }

    [Fact]
    public void PublisherNamedAsAuthorGivesWayToThePersonInTheByline()
    {
        var head = "<meta property=\"og:site_name\" content=\"Heart Health Trust\"><script type=\"application/ld+json\">"
            + "{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"headline\":\"Eating well\",\"author\":{\"@type\":\"Organization\",\"name\":\"Heart Health Trust\"},"
            + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Heart Health Trust\"}}</script>";

        Assert.Equal("Tracy Mole, Dietitian", BylineOf(head, "<div class=\"author-name\">by Tracy Mole, Dietitian</div>"));
    }

    [Fact]
    public void PublisherNamedAsAuthorStaysWhenThePageNamesNoPerson()
    {
        var head = "<meta property=\"og:site_name\" content=\"Heart Health Trust\"><script type=\"application/ld+json\">"
            + "{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"headline\":\"Eating well\",\"author\":\"Heart Health Trust\"}</script>";

        Assert.Equal("Heart Health Trust", BylineOf(head, ""));
    }

    [Fact]
    public void GeneratedLoginNameGivesWayToTheWrittenName()
    {
        var head = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\",\"headline\":\"x\",\"author\":\"CC7567\"}</script>";

        Assert.Equal("James Akers", BylineOf(head, "<span class=\"byline\">James Akers</span>"));
        Assert.Equal("James Akers", BylineOf(head.Replace("CC7567", "akers.james"), "<span class=\"byline\">James Akers</span>"));
    }

    [Fact]
    public void SeveralLinkedAuthorsAreWrittenAsThePageShowsThem()
    {
        var head = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"x\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Lopez\"},{\"@type\":\"Person\",\"name\":\"Tom Berg\"},{\"@type\":\"Person\",\"name\":\"Kim Ode\"}]}</script>";

        Assert.Equal("Ana Lopez, Tom Berg, and Kim Ode", BylineOf(head, "<p class=\"byline\">Written by Ana Lopez, Tom Berg, and Kim Ode</p>"));
        Assert.Equal("Ana Lopez, Tom Berg, Kim Ode", BylineOf(head, "<p class=\"byline\">Ana Lopez with photos by Tom Berg</p>"));
    }

    [Fact]
    public void AnOrganisationListedBesideALinkedAuthorIsNotACoAuthor()
    {
        var head = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"x\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"By Ana Lopez\"},{\"@type\":\"Person\",\"name\":\"Riverside Tram Users Network\"}]}</script>";

        Assert.Equal("Ana Lopez", BylineOf(head, ""));
        Assert.Equal("Ana Lopez, Tom Berg", BylineOf(head.Replace("Riverside Tram Users Network", "Tom Berg"), ""));
    }

    [Fact]
    public void AJobTitleAfterANameTheAuthorElementAlsoShowsAloneIsLeftOut()
    {
        var box = "<span class=\"author-name\"><a href=\"/people/ida\" class=\"author-link\">Ida Lund</a><span>, Rail and Road Safety Expert</span></span>";

        Assert.Equal("Ida Lund", BylineOf("", box));
        // Without the name set apart, the title stays; a list of names stays whole.
        Assert.Equal("Ida Lund, Rail and Road Safety Expert", BylineOf("", "<span class=\"author-name\">Ida Lund, Rail and Road Safety Expert</span>"));
        Assert.Equal("Ida Lund, Per Moe", BylineOf("", "<span class=\"author-name\"><a class=\"author-link\" href=\"/people/ida\">Ida Lund</a>, <a href=\"/people/per\">Per Moe</a></span>"));
    }

    [Fact]
    public void EveryCitationAuthorOfAPaperIsNamed()
    {
        var head = "<meta name=\"DC.Creator\" content=\"Ana Lopez\"><meta name=\"citation_author\" content=\"Lopez, Ana M.\">"
            + "<meta name=\"citation_author\" content=\"Berg, Tom\"><meta name=\"citation_author\" content=\"Kim Ode\">";

        Assert.Equal("Ana M. Lopez, Tom Berg, Kim Ode", BylineOf(head, ""));
        // One author alone keeps the form the page gives.
        Assert.Equal("Lopez, Ana M.", BylineOf("<meta name=\"citation_author\" content=\"Lopez, Ana M.\">", ""));
    }

    [Fact]
    public void ForumThreadBylineIsItsOpeningPostsAuthorNotAReplier()
    {
        var head = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"DiscussionForumPosting\",\"headline\":\"Which tram pass?\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"tramfan77\"},\"comment\":[{\"@type\":\"Comment\",\"author\":{\"@type\":\"Person\",\"name\":\"Old Conductor\"}}]}</script>";
        var extracted = extractor.Extract("https://forum.example/t/which-tram-pass/12", Page(head, "<span class=\"post-author\">Old Conductor</span>"));

        Assert.Equal("tramfan77", extracted.Byline);
        Assert.Equal("Old Conductor", BylineOf("", "<span class=\"post-author\">Old Conductor</span>"));
    }

    [Fact]
    public void InitialsBesideAnAvatarGiveWayToTheWrittenName()
    {
        Assert.Equal("Nicole Bright", BylineOf("", "<div class=\"author-avatar\">NB</div><div class=\"author-name\">Nicole Bright</div>"));
    }

    [Fact]
    public void CommentAuthorsAreNotBylines()
    {
        Assert.Equal("Jane Doe", BylineOf("", "<div class=\"comment-author\">Sam Reed says</div><a href=\"/author/jane-doe\">Jane Doe</a>"));
    }

    [Theory]
    [InlineData("Tram line opens By Sofia Gomez December 18, 2025 The council voted", "Sofia Gomez")]
    [InlineData("Tram line opens By A. J. Neale View all posts The council voted", "A. J. Neale")]
    [InlineData("Tram line opens by Md Aynal Haque RAJSHAHI, Dec 18 The council voted", "Md Aynal Haque")]
    [InlineData("Tram line opens By Daryl Austin Published March 3 The council voted", "Daryl Austin")]
    [InlineData("The painting by Theo Chartier. Signing a treaty is", "Theo Chartier")]
    [InlineData("A fork of the engine by George Holt's team", null)]
    [InlineData("Powered by WordPress", null)]
    [InlineData("Reviews by Ann Vale We tested ten chairs", "Ann Vale")]
    [InlineData("Hosting by PodHost.com ONIT directory", null)]
    [InlineData("Written by The Meeting Team", "The Meeting Team")]
    [InlineData("SHOP BY ROOM ZERO WASTE OUTSIDE", null)]
    [InlineData("The council voted by a large margin", null)]
    [InlineData("This guide was written by Ida Lund, MD, transit physician at the clinic.", "Ida Lund, MD")]
    [InlineData("Tram line opens By Per Moe, PhD, RN The council voted", "Per Moe, PhD, RN")]
    [InlineData("Tram line opens By Per Moe, MDA chair The council voted", "Per Moe")]
    [InlineData("Sort by Popular Now Shop by Category All Popular Filter by Brand Coleman", null)]
    [InlineData("DIY Solar Panel Installation: Step by Step Guide Did you know", null)]
    [InlineData("It will be passed by Congress\nSyria needs a political solution", null)]
    [InlineData("Posted by\nJane Doe\nMarch 3", "Jane Doe")]
    public void FindsAWrittenBylineNearTheTopOfTheText(string lead, string? expected) => Assert.Equal(expected, LeadByline.Find(lead));

    [Fact]
    public void AWrittenBylineDoesNotRunOnIntoTheNextBlock()
    {
        Assert.Null(BylineOf("", "<article><h1>Gun laws</h1><ul><li>He is confident the deal will be passed by Congress</li><li>Syria needs a political solution</li></ul></article>"));
        Assert.Equal("John Gruber", BylineOf("", "<article><h1>Apple event</h1><p>by John Gruber</p><div>Archive</div></article>"));
    }

    [Fact]
    public void WrittenBylineInTheTextIsUsedOnlyWhenNothingElseNamesTheAuthor()
    {
        Assert.Equal("Sofia Gomez", BylineOf("", "<article><h1>Tram line opens</h1><p>By Sofia Gomez December 18, 2025</p></article>"));
        Assert.Equal("Jane Doe", BylineOf("<meta name=\"author\" content=\"Jane Doe\">", "<article><p>By Sofia Gomez December 18, 2025</p></article>"));
    }

    [Theory]
    [InlineData("Matt Cole Head Winemaker, Co-Founder", "Matt Cole")]
    [InlineData("AAA Travel Editor, SMT", "AAA Travel Editor, SMT")]
    [InlineData("Updated March 13, 2024", null)]
    [InlineData("5 min read", null)]
    [InlineData("Dec. 19, 2025 · Nico Matts on behalf of the docs team", "Nico Matts")]
    [InlineData("2025-12-17 · Trond Teig", "Trond Teig")]
    [InlineData("Dec 17, 2025 Julian K. Arne", "Julian K. Arne")]
    [InlineData("Text by Hunter Dale", "Hunter Dale")]
    [InlineData("Insights from Liza Burns Marketing Director", "Liza Burns")]
    [InlineData("Meghan Hale Meghan Hale", "Meghan Hale")]
    [InlineData("Brian Trent USA TODAY", "Brian Trent")]
    [InlineData("FlowGuard EMEA", "FlowGuard EMEA")]
    [InlineData("Written By", null)]
    [InlineData("Your Name: *", null)]
    [InlineData("Lori Camp says", null)]
    [InlineData("admin", null)]
    [InlineData("Webmaster", null)]
    [InlineData("Post by tramfan77 »", "tramfan77")]
    [InlineData("Ola Berg » Tue Mar 04, 2025 9:15 am", "Ola Berg")]
    [InlineData("Home » Guides » Tram passes", null)]
    public void CleansMoreBylines(string raw, string? expected) => Assert.Equal(expected, BylineChooser.Clean(raw));

    [Theory]
    [InlineData("CC7567", true)]
    [InlineData("fullysecret1dbb", true)]
    [InlineData("ShawnHymel", false)]
    [InlineData("jane.doe", true)]
    [InlineData("kim_ode", true)]
    [InlineData("J.R.", false)]
    [InlineData("Jane Doe 2", false)]
    public void RecognisesGeneratedLoginNames(string name, bool expected) => Assert.Equal(expected, BylineChooser.LooksLikeHandle(name));

    [Fact]
    public void TitlePartsAreEveryRunOfPartsButTheWhole()
    {
        Assert.Equal(["A b", "A b | C d", "C d", "C d - E f", "E f"], TitleChooser.PartRuns("A b | C d - E f"));
    }

    [Fact]
    public void JsonLdAuthorGivenOnlyByIdIsTheNamedPersonInTheGraph()
    {
        var head = "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"BlogPosting\",\"headline\":\"Tram line opens\","
            + "\"author\":{\"@id\":\"https://courier.example/#/schema/person/1\"}},"
            + "{\"@type\":\"Person\",\"@id\":\"https://courier.example/#/schema/person/1\",\"name\":\"Shiv Kumar\"}]}</script>";

        Assert.Equal("Shiv Kumar", BylineOf(head, "<h1>Tram line opens</h1>"));
    }

    [Fact]
    public void WrittenByTwitterCardLabelNamesTheAuthor()
    {
        var head = "<meta name=\"twitter:label1\" content=\"Written by\"><meta name=\"twitter:data1\" content=\"Nawaz Dhandala\">"
            + "<meta name=\"twitter:label2\" content=\"Est. reading time\"><meta name=\"twitter:data2\" content=\"7 minutes\">";

        Assert.Equal("Nawaz Dhandala", BylineOf(head, "<h1>Tram line opens</h1>"));
        Assert.Null(BylineOf("<meta name=\"twitter:label1\" content=\"Est. reading time\"><meta name=\"twitter:data1\" content=\"7 minutes\">", "<h1>Tram line opens</h1>"));
    }
}
