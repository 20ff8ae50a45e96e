using System.Text;

namespace BiasCompanion.Tests.Hardening;

/// <summary>Small hand-written pages and feeds the fuzzers mutate (written for these tests, not cut from any dataset).</summary>
public static class FuzzSeeds
{
    public static readonly string[] Pages =
    [
        """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour bridge reopens after repairs | Coast Daily</title>
        <link rel="canonical" href="https://coast.example/news/bridge-reopens">
        <meta property="og:title" content="Harbour bridge reopens after repairs"><meta name="author" content="Ann Example">
        <meta property="article:published_time" content="2026-11-20T08:30:00+01:00">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour bridge reopens","datePublished":"2026-11-20","author":{"name":"Ann Example"}}</script>
        </head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
        <article><h1>Harbour bridge reopens after repairs</h1><p class="byline">By Ann Example</p>
        <p>The harbour bridge reopened to traffic on Thursday morning after eight months of repairs to its steel deck, the city council said.</p>
        <p>Engineers replaced corroded plates and resurfaced both lanes. Cyclists get a separate lane for the first time.</p>
        <p>“We are glad to have it back,” said a commuter who had used the ferry since March. The works cost 14 million euros.</p>
        </article><aside><h3>Most read</h3><ul><li><a href="/a">Storm warning</a></li><li><a href="/b">Market day</a></li></ul></aside>
        <footer>© Coast Daily</footer></body></html>
        """,
        """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Caf&eacute; owners protest rent rise</title></head>
        <body><div id="main"><div class="story"><h2>Caf&eacute; owners protest rent rise</h2><span class="date">12 March 2025</span>
        <div class="text"><p>Owners of twelve caf&eacute;s on the old market square closed for an hour on Monday to protest a rent rise of 30 per cent.</p>
        <p>The landlord, a property fund, said the rents had not changed for a decade.<br>Talks are planned next week.</p></div></div>
        <div class="comments"><p>Comment 1</p><p>Comment 2</p></div></div><table><tr><td>cell</td></tr></table></body></html>
        """,
        "<p>Only a fragment, no html or body tags, with <b>bold <i>and italic</p> unclosed.",
        "<html><body><ul><li>Home</li><li>Contact</li></ul><form><input name=q><button>Search</button></form></body></html>",
    ];

    public static readonly string[] Feeds =
    [
        """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Coast Daily</title><link>https://coast.example/</link>
        <item><title>Harbour bridge reopens</title><link>https://coast.example/news/bridge</link><guid>b1</guid><pubDate>Thu, 20 Nov 2026 08:30:00 +0100</pubDate>
        <dc:creator>Ann Example</dc:creator><description>&lt;p&gt;The bridge reopened.&lt;/p&gt;</description><content:encoded><![CDATA[<p>The harbour bridge reopened to traffic.</p>]]></content:encoded></item>
        <item><title>Storm warning</title><link>/news/storm</link><pubDate>not a date</pubDate></item>
        </channel></rss>
        """,
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Post</title><link href="https://valley.example/"/>
        <entry><title type="html">Mill &amp;amp; bakery close</title><link rel="alternate" href="https://valley.example/mill"/><id>tag:valley.example,2026:1</id>
        <updated>2026-11-21T10:00:00Z</updated><author><name>Ben</name></author><summary>Two shops close.</summary><content type="html">&lt;p&gt;Both close in December.&lt;/p&gt;</content></entry>
        </feed>
        """,
        """
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>Old RDF</title></channel>
        <item><title>Caf&#233; prices</title><link>https://old.example/cafe</link><description>Prices rise.</description></item></rdf:RDF>
        """,
        """
        {"version":"https://jsonfeed.org/version/1.1","title":"JSON News","items":[{"id":"1","url":"https://json.example/1","title":"First","content_html":"<p>Hello</p>","date_published":"2026-11-22T09:00:00Z","authors":[{"name":"C"}]},{"id":"2","content_text":"No title"}]}
        """,
    ];

    /// <summary>Inputs aimed at known parser traps, always run before the mutated ones.</summary>
    public static IEnumerable<byte[]> TrapFeeds()
    {
        yield return Encoding.UTF8.GetBytes("""
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
            <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
            <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
            <rss><channel><item><title>&lol9;</title></item></channel></rss>
            """);
        yield return Encoding.UTF8.GetBytes("""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&x;</title></item></channel></rss>""");
        yield return Encoding.UTF8.GetBytes("<rss><channel>" + string.Concat(Enumerable.Repeat("<item>", 50_000)));
        yield return Encoding.UTF8.GetBytes(new string('[', 100_000));
        yield return Encoding.UTF8.GetBytes("{\"items\":" + new string('[', 10_000) + new string(']', 10_000) + "}");
        yield return Encoding.UTF8.GetBytes("<rss><channel>" + string.Concat(Enumerable.Repeat("<item><title>t</title><link>https://x.example/</link></item>", 20_000)) + "</channel></rss>");
    }

    public static IEnumerable<string> TrapPages()
    {
        yield return string.Concat(Enumerable.Repeat("<div>", 100_000));
        yield return "<html><body>" + string.Concat(Enumerable.Repeat("<b><i><u>", 20_000)) + "text</body></html>";
        yield return "<a href=\"" + new string('x', 2_000_000) + "\">x</a>";
        yield return "<table>" + string.Concat(Enumerable.Repeat("<tr><td><table>", 5_000));
        yield return "<p>" + string.Concat(Enumerable.Repeat("&amp;", 300_000)) + "</p>";
        yield return "<script type=\"application/ld+json\">" + new string('[', 100_000) + "</script><p>x</p>";
        yield return "<meta property=\"article:published_time\" content=\"" + new string('9', 100_000) + "\"><p>x</p>";
        yield return string.Concat(Enumerable.Repeat("<p>word </p>", 250_000));
    }
}
