using System.Text;
using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

public sealed class HostileInputTests
{
    [Fact]
    public void PageOverTheConfiguredSizeIsRefused()
    {
        var extractor = new ArticleExtractor(new ExtractionOptions { MaxPageBytes = 1000 });
        var html = Fixtures.Article("Big") + new string(' ', 2000);

        Assert.Equal("page too large", extractor.Extract("https://x.example/a", html).Error);
        Assert.Equal("page too large", extractor.Extract("https://x.example/a", Encoding.UTF8.GetBytes(html)).Error);
    }

    [Fact]
    public void DefaultLimitIsFiveMebibytes()
    {
        Assert.Equal(5 * 1024 * 1024, new ExtractionOptions().MaxPageBytes);
        var html = "<html><body><p>" + new string('a', 5 * 1024 * 1024) + "</p></body></html>";
        Assert.Equal("page too large", new ArticleExtractor().Extract("https://x.example/a", html).Error);
    }

    [Fact]
    public void DeeplyNestedMarkupDoesNotCrash()
    {
        var depth = 50_000;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>" + string.Join(' ', Enumerable.Repeat("deep text", 40))
                   + "</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

        var a = new ArticleExtractor().Extract("https://x.example/deep", html);

        Assert.True(a.Error is null || a.Error.Length > 0);
        if (a.Error is null) Assert.Contains("deep text", a.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedMarkupStillGivesText()
    {
        var html = "<html><body><div><p>Unclosed paragraph about the harbour and the storm that closed it for a week<div><span>"
                   + "<p>Another paragraph <b>with <i>misnested</b> tags</i> and more words about the reopening of the harbour</table></body>";

        var a = new ArticleExtractor().Extract("https://x.example/m", html);

        Assert.Null(a.Error);
        Assert.Contains("misnested", a.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryBytesAreReportedAsNotHtml()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var a = new ArticleExtractor().Extract("https://x.example/file.bin", bytes);

        Assert.NotNull(a.Error);
        Assert.Equal("", a.Body);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<html></html>")]
    public void EmptyDocumentsGiveAnEmptyResultWithoutThrowing(string html)
    {
        var a = new ArticleExtractor().Extract("https://x.example/empty", html);

        Assert.Equal("", a.Body);
        Assert.False(a.IsArticle);
        Assert.NotNull(a.Error);
    }

    [Fact]
    public void EmptyBytesAreAnError() =>
        Assert.Equal("empty page", new ArticleExtractor().Extract("https://x.example/e", ReadOnlySpan<byte>.Empty).Error);

    [Fact]
    public void GarbageUrlIsTolerated()
    {
        var a = new ArticleExtractor().Extract("not a url at all", Fixtures.NoMetadata);

        Assert.Null(a.Error);
        Assert.Contains("Supporters said", a.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void TimeLimitIsReportedNotThrown()
    {
        // A page that takes hundreds of milliseconds against a limit of one: with a small page and a limit of zero, a
        // test thread descheduled between handing the page over and starting its wait found the page already done.
        var paragraphs = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<div><p>Paragraph {i} of a long page, with words.</p></div>"));
        var extractor = new ArticleExtractor(new ExtractionOptions { TimeLimitMilliseconds = 1 });

        var a = extractor.Extract("https://x.example/a", $"<html><body><article>{paragraphs}</article></body></html>");

        Assert.Equal("time limit exceeded", a.Error);
    }
}
