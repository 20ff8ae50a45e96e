using System.Text;
using AngleSharp.Html.Parser;
using BiasCompanion.Host.Extraction;
using BiasCompanion.Host.Ingestion.Feeds;

namespace BiasCompanion.Tests.Hardening;

/// <summary>Inputs the fuzzers found that once broke the extractor or the feed parser.</summary>
public sealed class FuzzRegressionTests
{
    private static readonly Uri FeedUrl = new("https://feeds.example/rss");
    private const string Rss = "<rss><channel><title>T</title><item><title>Bridge reopens</title><link>https://news.example/a</link></item></channel></rss>";

    [Fact]
    public void A_feed_declaring_utf7_is_read_as_utf8_instead_of_throwing()
    {
        var result = FeedParser.Parse(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-7\"?>" + Rss), FeedUrl);
        Assert.Null(result.Error);
        Assert.Equal("Bridge reopens", Assert.Single(result.Items).Title);
    }

    [Fact]
    public void A_utf7_http_charset_on_a_feed_does_not_throw()
    {
        var result = FeedParser.Parse(Encoding.UTF8.GetBytes(Rss), FeedUrl, "utf-7");
        Assert.Single(result.Items);
    }

    [Fact]
    public void A_page_declaring_utf7_is_decoded_and_extracted_instead_of_throwing()
    {
        var page = Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-7\"><title>Café owners protest</title></head><body><p>Café owners closed for an hour.</p></body></html>");
        Assert.Contains("Café owners closed", PageDecoder.Decode(page), StringComparison.Ordinal);
        var result = new ArticleExtractor().Extract("https://news.example/cafe", page, "utf-7");
        Assert.Null(result.Error);
    }

    [Fact]
    public void Fifty_thousand_unclosed_items_are_refused_as_too_deep()
    {
        var result = FeedParser.Parse(Encoding.UTF8.GetBytes("<rss><channel>" + string.Concat(Enumerable.Repeat("<item>", 50_000))), FeedUrl);
        Assert.Empty(result.Items);
        Assert.Contains("nested deeper", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_depth_check_ignores_cdata_comments_and_self_closing_elements()
    {
        var item = "<item><title>t</title><link>https://news.example/{0}</link><enclosure url=\"https://news.example/i.jpg\"/>" +
                   "<description><![CDATA[" + string.Concat(Enumerable.Repeat("<p>line<br>", 300)) + "]]></description><!-- <div><div> --></item>";
        var feed = "<rss><channel>" + string.Concat(Enumerable.Range(0, 400).Select(i => string.Format(item, i))) + "</channel></rss>";
        Assert.False(XmlNesting.Exceeds(feed, XmlNesting.MaxDepth));
        Assert.Equal(400, FeedParser.Parse(Encoding.UTF8.GetBytes(feed), FeedUrl).Items.Count);
    }

    // AngleSharp's NextSibling/PreviousSibling scan the parent's child list, so sibling walks were quadratic in an
    // element's width: the long fuzz spent seconds per page in PageShape, Flatten and BlockText on 20,000 siblings.
    [Fact]
    public void Walks_over_fifty_thousand_siblings_visit_each_once_in_document_order()
    {
        var doc = new HtmlParser().ParseDocument("<html><body><div>" + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"<p>line {i}</p>")) + "</div></body></html>");

        var lines = BlockText.Of(doc.Body!).Split('\n');
        Assert.Equal(50_000, lines.Length);
        Assert.Equal(["line 0", "line 1"], lines[..2]);
        Assert.Equal("line 49999", lines[^1]);
        Assert.StartsWith("line 0 line 1 line 2", PageMetadata.BoundedText(doc.Body!, 100), StringComparison.Ordinal);
        Assert.Equal(3 + 50_000, PageShape.Measure(doc).Elements);
    }

    [Fact]
    public void Reader_prep_drops_the_scripts_between_twenty_thousand_siblings_and_keeps_the_rest_in_order()
    {
        var doc = new HtmlParser().ParseDocument("<html><body><div>" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<p>line {i}</p><script>x()</script>")) + "</div></body></html>");

        ReaderPrep.Run(doc.DocumentElement);

        Assert.Empty(doc.QuerySelectorAll("script"));
        var paragraphs = doc.QuerySelectorAll("p");
        Assert.Equal(20_000, paragraphs.Length);
        Assert.Equal("line 19999", paragraphs[^1].TextContent);
    }

    // SmartReader walks siblings the same way (20,000 of them cost it 7 s), so wide elements are cut down before it runs.
    [Fact]
    public void An_element_wider_than_the_bound_keeps_its_first_children_and_the_text_of_the_rest()
    {
        var doc = new HtmlParser().ParseDocument("<html><body><div id=wide class=story>" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"<p>line {i}</p>"))
                                                 + "</div><p>after</p></body></html>");
        Assert.Equal(10_000, PageShape.Measure(doc).MaxChildren);

        PageShape.Narrow(doc, 3_000);

        var wide = doc.GetElementById("wide")!;
        Assert.Equal("story", wide.ClassName);
        Assert.Equal(3_001, wide.ChildNodes.Length);
        Assert.Equal("line 2999", wide.ChildNodes[2_999].TextContent);
        Assert.StartsWith("line 3000\nline 3001\n", wide.ChildNodes[^1].TextContent, StringComparison.Ordinal);
        Assert.EndsWith("line 9999", wide.ChildNodes[^1].TextContent, StringComparison.Ordinal);
        Assert.Equal("after", wide.NextElementSibling?.TextContent);
        Assert.Equal(3_001, PageShape.Measure(doc).MaxChildren);
    }

    [Fact]
    public void A_page_of_150_000_sibling_paragraphs_is_extracted_not_timed_out()
    {
        var html = "<html><head><title>Long list</title></head><body><article>" + string.Concat(Enumerable.Range(0, 150_000).Select(i => $"<p>w{i}</p>")) + "</article></body></html>";

        var result = new ArticleExtractor().Extract("https://news.example/long", html);

        Assert.Null(result.Error);
        Assert.Contains("w0", result.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parse_listens_to_the_time_limit_token()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ArticleExtractor.Parse(string.Concat(Enumerable.Repeat("<div>", 100_000)), cancelled.Token));
        Assert.Equal("x", ArticleExtractor.Parse("<p>x</p>", CancellationToken.None).Body?.TextContent);
    }

    // AngleSharp's parse costs the tag count times the depth of open elements: 100,000 unclosed <div>s took it 46 s, and
    // one mutated fuzz page in three hundred ran into the time limit that way.
    [Fact]
    public void A_page_of_unclosed_tags_is_refused_before_parsing()
    {
        Assert.Equal(1_001, OpenTagDepth.Max(string.Concat(Enumerable.Repeat("<div>", 100_000)), 1_000));
        Assert.Equal(60_000, OpenTagDepth.Max(string.Concat(Enumerable.Repeat("<b><i><u>", 20_000)), int.MaxValue));

        var result = new ArticleExtractor().Extract("https://news.example/deep", string.Concat(Enumerable.Repeat("<div>", 100_000)));

        Assert.Equal("page nested too deeply", result.Error);
    }

    [Fact]
    public void Tags_the_parser_closes_itself_void_tags_comments_and_script_text_do_not_count_as_open()
    {
        var html = "<html><head><script>var s = '<div><div><div>';</script><style>div>p{}</style></head><body><ul>"
                   + string.Concat(Enumerable.Repeat("<li>item<br><img src=x.png><input value='a>b'><p>text", 5_000))
                   + "</ul><!-- <div><div><div> --><div class=a><span>x</span><svg><path d='M0'/></svg></div></body></html>";

        Assert.Equal(2, OpenTagDepth.Max(html, int.MaxValue));
    }

    [Fact]
    public void A_page_nested_past_the_flattening_depth_but_under_the_open_tag_bound_still_gives_its_text()
    {
        var depth = 700;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>" + string.Join(' ', Enumerable.Repeat("deep text", 40))
                   + "</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

        var result = new ArticleExtractor().Extract("https://news.example/deep", html);

        Assert.Null(result.Error);
        Assert.Contains("deep text", result.Body, StringComparison.Ordinal);
    }

    // Found by the long fuzz (a page whose <meta http-equiv> content ran on for 160 KB): AngleSharp's meta charset handler
    // reads that value in quadratic time, in the parse and again in every fragment SmartReader parses.
    [Fact]
    public void A_huge_meta_http_equiv_content_value_is_not_read_as_a_charset()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html;" + string.Concat(Enumerable.Repeat("a;", 250_000)) + " charset=utf-8\">"
                   + "<title>Bridge reopens</title></head><body><article><p>" + string.Join(' ', Enumerable.Repeat("The harbour bridge reopened on Thursday.", 10)) + "</p></article></body></html>";

        var result = new ArticleExtractor().Extract("https://news.example/bridge", html);

        Assert.Null(result.Error);
        Assert.Contains("harbour bridge reopened", result.Body, StringComparison.Ordinal);
    }

    // Found by the long fuzz: a feed item whose content held 16,000 unclosed <div>s took the snippet parse 1.5 s.
    [Fact]
    public void A_feed_item_with_thousands_of_unclosed_tags_keeps_its_text_without_a_parse()
    {
        var content = "<p>Bridge &amp; tunnel reopen.</p>" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + "More text.";

        Assert.Equal("Bridge & tunnel reopen. More text.", HtmlText.ToPlainText(content, singleLine: true));
        Assert.Equal("Bridge & tunnel reopen.", HtmlText.ToPlainText("<p>Bridge &amp; tunnel reopen.</p><div><div>", singleLine: true));
    }
}
