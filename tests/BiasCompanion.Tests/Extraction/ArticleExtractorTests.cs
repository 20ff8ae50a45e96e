using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

public sealed class ArticleExtractorTests
{
    private readonly ArticleExtractor extractor = new();

    [Fact]
    public void JsonLdNewsArticleGivesMetadataWithItsOwnOffset()
    {
        var a = extractor.Extract("https://courier.example/news/tram-extension?utm=x", Fixtures.JsonLdNewsArticle);

        Assert.Null(a.Error);
        Assert.Equal("Council backs tram extension", a.Title);
        Assert.Equal("Jane Doe", a.Byline);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 22, 30, 0, TimeSpan.FromHours(-5)), a.PublishedAt);
        Assert.Equal(TimeSpan.FromHours(-5), a.PublishedAt!.Value.Offset);
        Assert.Equal("json-ld", a.PublishedSource);
        Assert.Equal(new DateTimeOffset(2024, 3, 6, 8, 0, 0, TimeSpan.FromHours(-5)), a.ModifiedAt);
        Assert.Equal("https://courier.example/news/tram-extension", a.CanonicalUrl);
        Assert.Equal("en-GB", a.Language);
        Assert.Equal("The Riverside Courier", a.SiteName);
        Assert.Equal("https://courier.example/tram.jpg", a.ImageUrl);
        Assert.True(a.IsArticle);
    }

    [Fact]
    public void BodyHasOneLinePerParagraphAndNoNavigation()
    {
        var a = extractor.Extract("https://courier.example/news/tram-extension", Fixtures.JsonLdNewsArticle);

        var lines = a.Body.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("The city council voted on Tuesday", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Construction is expected to begin", StringComparison.Ordinal));
        Assert.DoesNotContain("Privacy", a.Body, StringComparison.Ordinal);
        Assert.Contains("The city council voted", a.Lead, StringComparison.Ordinal);
        Assert.True(a.Lead.Split('\n').Length <= 3);
        Assert.InRange(a.WordCount, 80, 120);
    }

    [Fact]
    public void GraphArticleWithSeveralAuthors()
    {
        var a = extractor.Extract("https://daily.example/a", Fixtures.JsonLdGraph);

        Assert.Equal("Floods close the valley road", a.Title);
        Assert.Equal("Ana Lopez, Tom Berg", a.Byline);
        Assert.Equal(new DateTimeOffset(2023, 11, 2, 7, 15, 0, TimeSpan.FromHours(1)), a.PublishedAt);
    }

    [Fact]
    public void BrokenJsonLdIsStillRead()
    {
        var a = extractor.Extract("https://blog.example/post", Fixtures.BrokenJsonLd);

        Assert.Null(a.Error);
        Assert.Equal(new DateTimeOffset(2022, 6, 1, 0, 0, 0, TimeSpan.Zero), a.PublishedAt);
        Assert.Equal("json-ld", a.PublishedSource);
    }

    [Fact]
    public void OpenGraphOnlyPageDropsTheSiteNameFromTheTitle()
    {
        var a = extractor.Extract("https://coastal.example/harbour", Fixtures.OpenGraphOnly);

        Assert.Equal("Harbour reopens after storm", a.Title);
        Assert.Equal("Sam Reed", a.Byline);
        Assert.Equal(new DateTimeOffset(2021, 9, 14, 6, 0, 0, TimeSpan.FromHours(2)), a.PublishedAt);
        Assert.Equal("meta:article:published_time", a.PublishedSource);
        Assert.Contains("Opponents argued", a.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void PageWithoutMetadataFallsBackToTitleTagAndUrlDate()
    {
        var a = extractor.Extract("https://paper.example/2020/04/29/tram-extension-approved", Fixtures.NoMetadata);

        Assert.Equal("Tram extension approved", a.Title);
        Assert.Equal(new DateTimeOffset(2020, 4, 29, 0, 0, 0, TimeSpan.Zero), a.PublishedAt);
        Assert.Equal("url", a.PublishedSource);
        Assert.Contains("Supporters said", a.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Start", a.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ImpossibleDateInUrlDoesNotEmptyTheBody()
    {
        // SmartReader alone returns an empty article for paths like /2019/43/.
        var a = extractor.Extract("https://paper.example/2019/43/tram-extension-approved", Fixtures.NoMetadata);

        Assert.Null(a.Error);
        Assert.Contains("Supporters said", a.Body, StringComparison.Ordinal);
        Assert.Null(a.PublishedAt);
    }

    [Fact]
    public void PaywallStubKeepsTheTeaserAndMetadata()
    {
        var a = extractor.Extract("https://paper.example/politics/inside-the-budget-talks", Fixtures.PaywallStub);

        Assert.Null(a.Error);
        Assert.Equal("Inside the budget talks", a.Title);
        Assert.Contains("Ministers met late into the night", a.Body, StringComparison.Ordinal);
        Assert.True(a.WordCount < 40);
        Assert.Equal(new DateTimeOffset(2024, 1, 10, 9, 0, 0, TimeSpan.Zero), a.PublishedAt);
    }

    [Fact]
    public void LiveBlogIsAnArticleDatedByItsStart()
    {
        var a = extractor.Extract("https://paper.example/live/election-night-live-updates", Fixtures.LiveBlog);

        Assert.True(a.IsArticle);
        Assert.Equal(new DateTimeOffset(2024, 7, 4, 21, 0, 0, TimeSpan.FromHours(1)), a.PublishedAt);
        Assert.Contains("The first results are in", a.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void HomePageIsNotAnArticle()
    {
        var a = extractor.Extract("https://times.example/", Fixtures.HomePage);

        Assert.Null(a.Error);
        Assert.False(a.IsArticle);
    }

    [Fact]
    public void ArticleIsClassifiedAsArticleButTheSameTextOnTheHomePathIsNot()
    {
        Assert.True(extractor.Extract("https://paper.example/news/tram-extension-approved-by-council", Fixtures.JsonLdNewsArticle).IsArticle);
        Assert.False(extractor.Extract("https://times.example/", Fixtures.HomePage).IsArticle);
    }

    [Theory]
    [InlineData("one\ntwo\nthree\nfour\nfive", "one\ntwo\nthree")]
    [InlineData("one\n\nthree\nfour", "one\n\nthree")]
    [InlineData("one\ntwo\nthree", "one\ntwo\nthree")]
    [InlineData("one", "one")]
    [InlineData("", "")]
    public void The_lead_is_the_first_three_lines_of_the_body(string body, string lead)
    {
        Assert.Equal(lead, ArticleExtractor.Lead(body));
    }
}
