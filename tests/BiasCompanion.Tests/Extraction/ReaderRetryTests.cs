using AngleSharp.Html.Parser;
using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>When SmartReader gets to try again for a longer article (ReaderRetry), and what that leaves in the body.</summary>
public class ReaderRetryTests
{
    private static AngleSharp.Dom.IElement Body(string bodyHtml) => new HtmlParser().ParseDocument($"<html><body>{bodyHtml}</body></html>").Body!;

    private static string Words(int chars) => string.Concat(Enumerable.Repeat("word ", chars / 5));

    [Fact]
    public void A_page_with_less_text_than_the_retry_threshold_keeps_SmartReaders_own()
    {
        Assert.Equal(ReaderRetry.ReaderDefaultChars, ReaderRetry.ThresholdFor(Body($"<p>{Words(900)}</p>")));
        Assert.Equal(ReaderRetry.BelowChars, ReaderRetry.ThresholdFor(Body($"<p>{Words(600)}</p><div>{Words(600)}</div>")));
    }

    [Fact]
    public void Scripts_styles_and_templates_are_not_readable_text()
    {
        var body = Body($"<p>{Words(500)}</p><script>var a = '{Words(2000)}';</script><style>p {{ color: red }} /* {Words(2000)} */</style><template><p>{Words(2000)}</p></template>");

        Assert.False(ReaderRetry.HasText(body, 1000));
        Assert.True(ReaderRetry.HasText(body, 400));
    }

    [Fact]
    public void A_run_of_white_space_counts_once_even_across_elements()
    {
        var body = Body("<p>ab   \n\n   </p>   <div>\n   cd</div>");

        // "ab cd": five characters.
        Assert.True(ReaderRetry.HasText(body, 5));
        Assert.False(ReaderRetry.HasText(body, 6));
    }

    [Fact]
    public void On_a_short_page_a_first_pass_of_500_characters_stands_and_a_sidebar_stays_out()
    {
        var paragraph = "The council approved the new harbour plan on Tuesday after a long debate about costs, jobs and the old fish market, which will close next spring.";
        var page = $"""
            <html><head><title>Harbour plan approved</title></head><body>
            <div class="article"><h1>Harbour plan approved</h1><p>{paragraph}</p><p>{paragraph}</p><p>{paragraph}</p><p>{paragraph}</p></div>
            <div class="sidebar"><p>Other stories from the region this week, about schools, roads, the new library and a football club that moved to a larger ground, are in the archive.</p></div>
            </body></html>
            """;

        var article = new ArticleExtractor().Extract("https://news.example/harbour-plan", page);

        Assert.Contains("fish market", article.Body);
        Assert.DoesNotContain("football club", article.Body);
    }
}
