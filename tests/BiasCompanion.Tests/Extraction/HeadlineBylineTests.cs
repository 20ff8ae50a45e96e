using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>The byline printed under the headline as its own run of text, and when it beats the markup's.</summary>
public sealed class HeadlineBylineTests
{
    private readonly ArticleExtractor extractor = new();

    private const string Headline = "<h1>Council backs the tram extension</h1>";

    // The headline and its byline sit outside the <article>, so the text-based LeadByline never sees them.
    private string? BylineOf(string head, string underHeadline) =>
        extractor.Extract("https://courier.example/news/tram",
            $"<!doctype html><html lang=\"en\"><head>{head}</head><body>{Headline}{underHeadline}<article>{Fixtures.Paragraphs}</article></body></html>").Byline;

    private static string JsonLdAuthor(string name) =>
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Council backs the tram extension\","
        + $"\"author\":{{\"@type\":\"Person\",\"name\":\"{name}\"}}}}</script>";

    [Fact]
    public void ByLineAloneInItsElementNamesTheAuthor()
    {
        Assert.Equal("Ida Lund", BylineOf("", "<div class=\"meta\"><p><time>May 2, 2025</time></p><p>By Ida Lund</p></div>"));
    }

    [Fact]
    public void UnderTheHeadlineALabelsBareTextAfterItIsLeftAlone()
    {
        // Lists of related stories print their bylines so, and the headline area reaches into them.
        Assert.Null(BylineOf("", "<ul class=\"related\"><li><a href=\"/s/1\">Bus lanes</a><p><span>By </span>Per Moe</p></li></ul>"));
    }

    [Theory]
    [InlineData("<p>By 3i Global</p>", "3i Global")]
    [InlineData("<p>By 2030 Trams</p>", null)]
    [InlineData("<p>By 2030, trams run all night</p>", null)]
    public void ANameMayStartWithADigitJoinedToLettersButNoWordIsANumber(string line, string? expected)
    {
        Assert.Equal(expected, BylineOf("", line));
    }

    [Fact]
    public void NameEndsWithItsElement()
    {
        Assert.Equal("Ida Lund", BylineOf("", "<p>by <a href=\"/people/ida\">Ida Lund</a> · May 2, 2025 · Comments Open</p>"));
    }

    [Fact]
    public void LabelInItsOwnElementIntroducesTheNextElementAndNotItsCaption()
    {
        Assert.Equal("Ida Lund", BylineOf("", "<div>Written by</div><div><div>Ida Lund</div><div>Senior Tram Correspondent</div></div>"));
    }

    [Fact]
    public void SeveralNameLinksAreJoinedAsWrittenButAJobTitleIsNot()
    {
        Assert.Equal("Ida Lund, Per Moe, and Eva Holt",
            BylineOf("", "<p>By <a href=\"/a\">Ida Lund</a>, <a href=\"/b\">Per Moe</a>, and <a href=\"/c\">Eva Holt</a></p>"));
        Assert.Equal("Ida Lund", BylineOf("", "<p>By <a href=\"/a\">Ida Lund</a>, <span>Transit Desk</span></p>"));
    }

    [Fact]
    public void ShownNameBeatsAPublisherOrALoginNameInTheMarkup()
    {
        var publisher = "<meta property=\"og:site_name\" content=\"Courier\"><meta name=\"author\" content=\"Courier\">";

        Assert.Equal("Ida Lund", BylineOf(publisher, "<p>by <a href=\"/people/ida\">Ida Lund</a></p>"));
        Assert.Equal("Ida Lund", BylineOf(JsonLdAuthor("editor4471"), "<p>by <a href=\"/people/ida\">Ida Lund</a></p>"));
    }

    [Fact]
    public void MarkupKeepsItsCleanerFormWhenTheShownBylineContainsIt()
    {
        Assert.Equal("Ida Lund", BylineOf(JsonLdAuthor("Ida Lund"), "<p>By Ida Lund, Contributor</p>"));
    }

    [Fact]
    public void ShownBylineNamingMorePeopleThanTheMarkupWins()
    {
        Assert.Equal("Dr Ida Lund, Per Moe and Eva van Holt",
            BylineOf(JsonLdAuthor("Ida Lund"), "<p>Written by <span>Dr Ida Lund</span>, <span>Per Moe</span> and <span>Eva van Holt</span></p>"));
        Assert.Equal("Ida Lund", BylineChooser.WithShown("Ida Lund", "Ida Lund, Transit Desk"));
        Assert.Equal("Ida Lund", BylineChooser.WithShown("Ida Lund", "Ida Lund, Senior Reporter"));
    }

    [Theory]
    [InlineData("<p>May 2, 2025 · <img src=\"/g/ida.png\" class=\"avatar avatar-xs\"> Ida Lund in <a href=\"/c/transit\">Transit</a></p>")]
    [InlineData("<ul class=\"meta\"><li><i class=\"icon icon-user\"></i> Ida Lund</li><li><time>May 2, 2025</time></li></ul>")]
    [InlineData("<div><span>2025-05-02</span> · <a title=\"Ida Lund\"><img src=\"/i.png\" alt=\"Ida Lund\" class=\"h-4 w-4 rounded-full\"><div>Ida Lund</div></a></div>")]
    public void NameAfterAnAuthorsPictureOrIconIsTheByline(string underHeadline)
    {
        Assert.Equal("Ida Lund", BylineOf("", underHeadline));
    }

    [Fact]
    public void ALoginNameAloneAfterByIsTheByline()
    {
        Assert.Equal("tramfan_77", BylineOf("", "<p><time>May 2, 2025</time></p><p>by   tramfan_77\n</p>"));
        Assert.Null(BylineOf("", "<p>by far the busiest line</p>"));
        Assert.Null(BylineOf("", "<p>by admin</p>"));
    }

    [Fact]
    public void ALabelledBylineBeatsANameBesideAPicture()
    {
        Assert.Equal("Ida Lund", BylineOf("", "<p><img src=\"/g/p.png\" class=\"avatar\"> Per Moe</p><p>By Ida Lund</p>"));
    }

    [Theory]
    [InlineData("<button><span><i class=\"icon-person-ruler\"></i></span><span>Size Guide</span></button>")]
    [InlineData("<div><img src=\"/p.jpg\" alt=\"Walnut Chess Set\" class=\"product-thumb\"><p>Walnut Chess Set</p></div>")]
    [InlineData("<div><img src=\"/p.jpg\" alt=\"Ida Lund\" class=\"rounded-full\"><p>Per Moe</p></div>")]
    [InlineData("<p><img src=\"/p.jpg\" class=\"hero\" alt=\"\"> Trams at dusk</p>")]
    [InlineData("<p><img src=\"/g/a.png\" class=\"avatar\"> Veröffentlicht am 2. Mai 2025</p>")]
    [InlineData("<p><i class=\"icon-user\"></i> Online News Editor</p>")]
    public void OtherPicturesBeforeATextAreNotBylines(string underHeadline)
    {
        Assert.Null(BylineOf("", underHeadline));
    }

    [Fact]
    public void ByAfterAnotherRoleOrInsideASentenceIsNotAByline()
    {
        Assert.Null(BylineOf("", "<p><a href=\"/review\">Medically reviewed</a> by <a href=\"/people/ola\">Ola Berg</a></p>"));
        Assert.Null(BylineOf("", "<p>by the river, where the trams turn</p>"));
        Assert.Equal("Ida Lund", BylineOf(JsonLdAuthor("Ida Lund"), "<p><a href=\"/review\">Reviewed</a> by <a href=\"/people/ola\">Ola Berg</a></p>"));
    }

    [Fact]
    public void BylineChooserPrefersTheMarkupUnlessTheShownNameIsSomeoneElse()
    {
        Assert.Equal("Ida Lund", BylineChooser.WithShown("Ida Lund", "Ida Lund, Contributor"));
        Assert.Equal("Per Moe", BylineChooser.WithShown("Courier Staff", "Per Moe"));
        Assert.Equal("Per Moe", BylineChooser.WithShown(null, "Per Moe"));
        Assert.Equal("Ida Lund", BylineChooser.WithShown("Ida Lund", null));
    }
}
