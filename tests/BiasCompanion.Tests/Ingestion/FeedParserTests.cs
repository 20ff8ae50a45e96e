using System.Text;
using BiasCompanion.Host.Ingestion.Feeds;

namespace BiasCompanion.Tests.Ingestion;

public class FeedParserTests
{
    private static readonly Uri FeedUrl = new("https://news.example/feeds/world.xml");

    private static FeedParseResult Parse(string text, Encoding? encoding = null, string? charset = null) =>
        FeedParser.Parse((encoding ?? new UTF8Encoding(false)).GetBytes(text), FeedUrl, charset);

    [Fact]
    public void Rss2_items_with_html_titles_content_and_rfc822_dates()
    {
        var feed = Parse("""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>World</title>
            <item><title>Lavrov meets &lt;b&gt;Kim&lt;/b&gt;</title><link>https://news.example/world/lavrov-kim</link>
              <guid isPermaLink="false">abc-1</guid><pubDate>Sat, 12 Jul 2025 09:30:00 EDT</pubDate><dc:creator>A. Writer</dc:creator>
              <description>Short summary.</description>
              <content:encoded><![CDATA[<p>First paragraph.</p><p>Second <em>paragraph</em>.</p><script>evil()</script>]]></content:encoded></item>
            <item><title>Relative link</title><link>/world/relative</link></item>
            </channel></rss>
            """);

        Assert.Null(feed.Error);
        Assert.Equal("rss", feed.Format);
        Assert.Equal("World", feed.Title);
        var first = feed.Items[0];
        Assert.Equal("Lavrov meets Kim", first.Title);
        Assert.Equal("abc-1", first.Id);
        Assert.Equal("A. Writer", first.Author);
        Assert.Equal(new DateTimeOffset(2025, 7, 12, 9, 30, 0, TimeSpan.FromHours(-4)), first.Published);
        Assert.Equal("First paragraph.\nSecond paragraph.", first.Text);
        Assert.Equal("https://news.example/world/relative", feed.Items[1].Url);
        Assert.Equal(feed.Items[1].Url, feed.Items[1].Id); // no guid: the link stands in
    }

    [Fact]
    public void Rss1_rdf_items()
    {
        var feed = Parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://news.example/"><title>RDF news</title></channel>
              <item rdf:about="https://news.example/a"><title>An RDF item</title><link>https://news.example/a</link>
                <dc:date>2025-07-12T09:30:00+02:00</dc:date><description>Text.</description></item>
            </rdf:RDF>
            """);

        Assert.Equal("rdf", feed.Format);
        var item = Assert.Single(feed.Items);
        Assert.Equal("An RDF item", item.Title);
        Assert.Equal(TimeSpan.FromHours(2), item.Published!.Value.Offset);
    }

    [Fact]
    public void Atom_entries_pick_the_alternate_link()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Atom &amp;amp; news</title>
              <entry><title>Atom entry</title><id>tag:news.example,2025:1</id>
                <link rel="self" href="https://news.example/api/1"/><link rel="alternate" href="https://news.example/story/1"/>
                <updated>2025-07-12T10:00:00Z</updated><author><name>B. Writer</name></author>
                <content type="html">&lt;p&gt;Body text.&lt;/p&gt;</content></entry>
            </feed>
            """);

        Assert.Equal("atom", feed.Format);
        var entry = Assert.Single(feed.Items);
        Assert.Equal("https://news.example/story/1", entry.Url);
        Assert.Equal("B. Writer", entry.Author);
        Assert.Equal("Body text.", entry.Text);
    }

    [Fact]
    public void Json_feed_items()
    {
        var feed = Parse("""
            {"version":"https://jsonfeed.org/version/1.1","title":"JSON news","items":[
              {"id":"1","url":"https://news.example/j/1","title":"JSON item","content_html":"<p>Hello</p>","date_published":"2025-07-12T10:00:00-05:00","authors":[{"name":"C. Writer"}]},
              {"id":"2","title":"no url: skipped"},
              "not an object"]}
            """);

        Assert.Equal("json", feed.Format);
        var item = Assert.Single(feed.Items);
        Assert.Equal("Hello", item.Text);
        Assert.Equal("C. Writer", item.Author);
    }

    [Fact]
    public void Broken_xml_with_bare_ampersands_and_html_entities_is_repaired()
    {
        var feed = Parse("""
            <rss><channel><title>Q&A news</title>
            <item><title>Tom &amp; Jerry&nbsp;&mdash; AT&T deal</title><link>https://news.example/a?x=1&y=2</link></item>
            </channel></rss>
            """);

        Assert.Null(feed.Error);
        var item = Assert.Single(feed.Items);
        Assert.Equal("Tom & Jerry\u00a0\u2014 AT&T deal".Replace('\u00a0', ' '), item.Title!.Replace('\u00a0', ' '));
        Assert.Equal("https://news.example/a?x=1&y=2", item.Url);
    }

    [Fact]
    public void A_bom_and_a_declared_single_byte_encoding_are_honoured()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var latin = Encoding.GetEncoding("windows-1252");
        var declared = Parse("""<?xml version="1.0" encoding="windows-1252"?><rss><channel><item><title>Café crème</title><link>https://news.example/c</link></item></channel></rss>""", latin);
        var undeclared = Parse("""<rss><channel><item><title>Café crème</title><link>https://news.example/c</link></item></channel></rss>""", latin);
        var bom = FeedParser.Parse([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""<rss><channel><item><title>Zürich</title><link>https://news.example/z</link></item></channel></rss>""")], FeedUrl);

        Assert.Equal("Café crème", declared.Items[0].Title);
        Assert.Equal("Café crème", undeclared.Items[0].Title); // invalid UTF-8 falls back to windows-1252
        Assert.Equal("Zürich", bom.Items[0].Title);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<html><body>Not a feed</body></html>")]
    [InlineData("<rss><channel><item><title>unclosed")]
    [InlineData("{\"not\":\"a feed\"}")]
    [InlineData("{broken json")]
    public void Garbage_is_an_error_never_an_exception(string text)
    {
        var feed = Parse(text);
        Assert.NotNull(feed.Error);
        Assert.Empty(feed.Items);
    }

    [Fact]
    public void External_entities_are_never_resolved()
    {
        var feed = Parse("""
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss><channel><item><title>&xxe;</title><link>https://news.example/x</link></item></channel></rss>
            """);
        Assert.DoesNotContain("root:", string.Join(" ", feed.Items.Select(i => i.Title)));
    }

    [Fact]
    public void Javascript_and_file_links_are_dropped()
    {
        var feed = Parse("""<rss><channel><item><title>x</title><link>javascript:alert(1)</link></item><item><title>y</title><link>file:///etc/passwd</link></item></channel></rss>""");
        Assert.Empty(feed.Items);
    }

    [Theory]
    [InlineData("Sat, 12 Jul 2025 09:30:00 GMT", "2025-07-12T09:30:00+00:00")]
    [InlineData("Sat, 12 Jul 2025 09:30:00 +0200", "2025-07-12T09:30:00+02:00")]
    [InlineData("12 Jul 2025 09:30 PST", "2025-07-12T09:30:00-08:00")]
    [InlineData("2025-07-12T09:30:00.123+05:30", "2025-07-12T09:30:00.123+05:30")]
    [InlineData("Sat,  12 Jul 2025 09:30:00", "2025-07-12T09:30:00+00:00")]
    public void Feed_dates_parse_with_their_offset(string raw, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), FeedDates.Parse(raw));

    [Theory]
    [InlineData("yesterday")]
    [InlineData("Mon, 32 Foo 2025")]
    [InlineData("1970-01-01T00:00:00Z")]
    [InlineData("2999-01-01T00:00:00Z")]
    public void Bad_dates_are_null(string raw) => Assert.Null(FeedDates.Parse(raw));
}
