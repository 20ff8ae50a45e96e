using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>The title, byline and date rules added from the dev-set misses, on small pages written here.</summary>
public sealed class MetadataRuleTests
{
    private readonly ArticleExtractor extractor = new();

    private static string Page(string head, string body) =>
        $"<!doctype html><html lang=\"de\"><head>{head}</head><body>{body}{Fixtures.Paragraphs}</body></html>";

    [Fact]
    public void SingleH1SharingWordsWithTheMetadataTitleIsTheHeadline()
    {
        var html = Page("<title>Tram extension: what the vote means | Courier</title><meta property=\"og:title\" content=\"Tram extension: what the vote means\">",
            "<h1>Council backs the tram extension after ten years</h1>");

        Assert.Equal("Council backs the tram extension after ten years", extractor.Extract("https://courier.example/a/tram", html).Title);
    }

    [Fact]
    public void AllCapitalsH1LeavesTheMetadataTitle()
    {
        var html = Page("<meta property=\"og:title\" content=\"Tram extension: what the vote means\">", "<h1>TRAM EXTENSION: THE VOTE</h1>");

        Assert.Equal("Tram extension: what the vote means", extractor.Extract("https://courier.example/a/tram", html).Title);
    }

    [Fact]
    public void SeveralH1sLeaveTheMetadataTitle()
    {
        var html = Page("<meta property=\"og:title\" content=\"Tram extension: what the vote means\">",
            "<h1>Tram news</h1><h1>Tram extension weather</h1>");

        Assert.Equal("Tram extension: what the vote means", extractor.Extract("https://courier.example/a/tram", html).Title);
    }

    [Theory]
    [InlineData("<p>Datum: 18.10.2021</p>")]
    // In a footer, which the body extraction removes: the date is chosen before it runs.
    [InlineData("<footer><p>Datum: 18.10.2021</p></footer>")]
    public void LabelledDateInThePageTextIsUsedWhenNoMetadataHasOne(string dateLine)
    {
        var html = Page("<title>Mitteilung</title>", $"<div class=\"kopf\">Pressestelle</div>{dateLine}");

        var a = extractor.Extract("https://amt.example/presse/mitteilung", html);

        Assert.Equal(new DateTimeOffset(2021, 10, 18, 0, 0, 0, TimeSpan.Zero), a.PublishedAt);
        Assert.Equal("labelled-text", a.PublishedSource);
    }

    [Fact]
    public void JsonLdRenderedAsAMetaTagIsRead()
    {
        const string ld = "{&quot;@context&quot;:&quot;https://schema.org&quot;,&quot;@type&quot;:&quot;Article&quot;,"
            + "&quot;headline&quot;:&quot;Heat pumps in old houses&quot;,&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}";
        var html = Page($"<title>Heat pumps in old houses</title><meta name=\"script:ld+json\" content=\"{ld}\">", "<h1>Heat pumps in old houses</h1>");

        var a = extractor.Extract("https://energy.example/articles/heat-pumps", html);

        Assert.Equal(new DateTimeOffset(2025, 11, 17, 9, 0, 0, TimeSpan.FromHours(-5)), a.PublishedAt);
        Assert.Equal("json-ld", a.PublishedSource);
    }

    [Fact]
    public void MarkedUpDatePublishedBeatsAPlainDateMeta()
    {
        var html = Page("<meta name=\"date\" content=\"2022-01-21T15:38:44+01:00\">", "<time itemprop=\"datePublished\" datetime=\"2022-01-27\">27.1.2022</time>");

        Assert.Equal(new DateTime(2022, 1, 27), extractor.Extract("https://verein.example/aktuelles/winter", html).PublishedAt!.Value.Date);
    }

    [Fact]
    public void ManyDatePublishedItemsAreAListingSoThePlainDateMetaWins()
    {
        var items = string.Concat(Enumerable.Range(1, 3).Select(i => $"<div><span itemprop=\"datePublished\" content=\"2024-02-0{i}\"></span></div>"));
        var html = Page("<meta name=\"date\" content=\"March 27, 2023\">", items);

        Assert.Equal(new DateTime(2023, 3, 27), extractor.Extract("https://it.example/article/podcasts", html).PublishedAt!.Value.Date);
    }

    [Theory]
    [InlineData("01-11-2023 10:29", "2023-11-01")]
    [InlineData("Mon Oct 11 14:57:21 CEST 2021", "2021-10-11")]
    public void ReadsDayFirstDashesAndJavaDateStrings(string value, string day) =>
        Assert.Equal(day, DateParsing.Parse(value)?.ToString("yyyy-MM-dd"));

    [Theory]
    [InlineData("Erschienen am: 01.11.2023, Letzte Änderung 31.10.2023", "2023-11-01")]
    [InlineData("Posted on Saturday, 3. Dezember 2011", "2011-12-03")]
    [InlineData("Stand: 25.01.2022", null)]
    public void ReadsOnlyDatesLabelledAsPublication(string text, string? day) =>
        Assert.Equal(day, TextDates.AfterKeyword(text)?.ToString("yyyy-MM-dd"));

    [Fact]
    public void LinkToAnAuthorPageGivesTheBylineWhenNothingElseNamesTheAuthor()
    {
        var html = Page("<title>Tram vote</title>", "<p class=\"kopf\">Written for the city desk by <a href=\"/author/jane-doe/\">Jane Doe</a></p>");

        Assert.Equal("Jane Doe", extractor.Extract("https://courier.example/blog/tram-vote", html).Byline);
    }

    [Theory]
    [InlineData("Learn More", null)]
    [InlineData("Recipe by Jane Baker", "Jane Baker")]
    [InlineData("03/10/2023 by Wine School", "Wine School")]
    [InlineData("Read more about The Example Team", "The Example Team")]
    [InlineData("Harry Stone Tech Reporter", "Harry Stone")]
    [InlineData("Ann Lee Founder & Lead Reviewer", "Ann Lee")]
    [InlineData("Paul Frew , Home Security Expert", "Paul Frew, Home Security Expert")]
    [InlineData("Maria &amp; Katerina", "Maria & Katerina")]
    [InlineData("\"David Kim\"", "David Kim")]
    [InlineData("Genevieve Carlton, Ph.D.", "Genevieve Carlton, Ph.D.")]
    [InlineData("Shelby Loos, DVM .", "Shelby Loos, DVM")]
    [InlineData("Dec.", null)]
    [InlineData("The Author", null)]
    [InlineData("page.head.extra.author", null)]
    public void CleansBylines(string raw, string? expected) => Assert.Equal(expected, BylineChooser.Clean(raw));
}
