using AngleSharp.Html.Parser;
using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

public class StreamedContentTests
{
    // React streaming: placeholders with a fallback where the text belongs, the text itself hidden at the end of the body.
    private static readonly string StreamedPage = $$"""
        <html><head><title>Council backs tram extension</title></head><body>
        <nav><a href="/">Home</a></nav>
        <article><h1>Council backs tram extension</h1>
          <div class="article-body"><template id="B:0"></template><div>Loading paragraph...</div></div>
        </article>
        <footer><p>Newsletter sign-up</p></footer>
        <div hidden id="S:0"><div>{{Fixtures.Paragraphs}}<template id="P:1"></template></div></div>
        <div hidden id="S:1"><p>Residents can comment on the plans at the town hall until the end of March.</p></div>
        </body></html>
        """;

    [Fact]
    public void Streamed_blocks_move_into_their_placeholders_in_order()
    {
        var doc = new HtmlParser().ParseDocument(StreamedPage);

        StreamedContent.Resolve(doc);

        var body = doc.QuerySelector(".article-body")!;
        Assert.Contains("The city council voted on Tuesday", body.TextContent);
        Assert.Contains("Residents can comment on the plans", body.TextContent);
        Assert.True(body.TextContent.IndexOf("Construction is expected", StringComparison.Ordinal)
                    < body.TextContent.IndexOf("Residents can comment", StringComparison.Ordinal));
        Assert.Empty(doc.QuerySelectorAll("[hidden], template"));
    }

    [Fact]
    public void The_extractor_reads_a_streamed_article_as_its_body()
    {
        var article = new ArticleExtractor().Extract("https://courier.example/news/tram", StreamedPage);

        Assert.Contains("The city council voted on Tuesday", article.Body);
        Assert.Contains("Residents can comment on the plans", article.Body);
    }

    [Fact]
    public void A_block_that_holds_its_own_placeholder_is_left_alone()
    {
        var doc = new HtmlParser().ParseDocument("""<html><body><div hidden id="S:0"><p>Loop <template id="B:0"></template></p></div></body></html>""");

        StreamedContent.Resolve(doc);

        Assert.NotNull(doc.QuerySelector("div[hidden] template"));
    }

    [Fact]
    public void A_hidden_block_without_a_placeholder_stays_where_and_as_it_is()
    {
        var doc = new HtmlParser().ParseDocument("""<html><body><p>Visible</p><div hidden id="S:7"><p>Never shown</p></div></body></html>""");

        StreamedContent.Resolve(doc);

        Assert.NotNull(doc.QuerySelector("div[hidden]#S\\:7"));
    }
}
