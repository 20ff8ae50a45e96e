using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>Dates a page labels as its last edit: a stand-in when nothing else is stated, never a reason to move a later publication.</summary>
public sealed class LastEditDateTests
{
    private readonly ArticleExtractor extractor = new();

    private const string Url = "https://parks.example/visit/webcams";

    private static string Page(string head, string body) =>
        $"<!doctype html><html lang=\"en\"><head><title>Winter gardens that last</title>{head}</head><body>{body}</body></html>";

    [Fact]
    public void ALastUpdatedLineIsTheStandInWhenThePageStatesNoOtherDate()
    {
        var html = Page("", "<article><h1>Winter gardens that last</h1>" + Fixtures.Paragraphs + "</article><h2>More to explore</h2><p style=\"text-align:right\">Last updated: November 13, 2025</p>");

        var a = extractor.Extract(Url, html);

        Assert.Equal(new DateTime(2025, 11, 13), a.PublishedAt!.Value.Date);
        Assert.Equal(DateChooser.ModifiedSource, a.PublishedSource);
    }

    [Fact]
    public void TheSitesLastUpdateInTheFooterIsNotThePages()
    {
        var html = Page("", "<article><h1>Winter gardens that last</h1>" + Fixtures.Paragraphs + "</article><h2>More to explore</h2><footer>Site Last Updated: December 20, 2025</footer>");

        Assert.Null(extractor.Extract(Url, html).PublishedAt);
    }

    [Theory]
    [InlineData("[Stand: 09.10.2017, 01:40 Uhr]", "2017-10-09")]
    [InlineData("Page updated 3 March 2021", "2021-03-03")]
    [InlineData("Site last updated: 3 March 2021", null)]
    [InlineData("We stand 3 March 2021 together", null)]
    public void UpdateLabelsReadInText(string text, string? expected)
    {
        Assert.Equal(expected, TextDates.AfterUpdateLabel(text)?.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void AnUpdatedDateEarlierThanTheStatedPublicationDoesNotReplaceIt()
    {
        var head = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Winter gardens that last\",\"datePublished\":\"2026-01-05T00:00:00Z\"}</script>";
        var html = Page(head, "<h1>Winter gardens that last</h1><p>Written by Ann Lee · Updated Jun 16, 2025</p>" + Fixtures.Paragraphs);

        Assert.Equal(new DateTime(2026, 1, 5), extractor.Extract(Url, html).PublishedAt!.Value.Date);
    }

    [Fact]
    public void AnUpdatedDateLaterThanTheStatedPublicationStillStandsForIt()
    {
        // The existing rule: a lone "Updated" at the headline is what the page shows its reader, unless it is the stated last edit.
        var head = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Winter gardens that last\",\"datePublished\":\"2025-01-04T00:00:00Z\"}</script>";
        var html = Page(head, "<h1>Winter gardens that last</h1><p>Written by Ann Lee · Updated Dec 15, 2025</p>" + Fixtures.Paragraphs);

        Assert.Equal(new DateTime(2025, 12, 15), extractor.Extract(Url, html).PublishedAt!.Value.Date);
    }
}
