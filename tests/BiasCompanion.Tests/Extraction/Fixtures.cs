namespace BiasCompanion.Tests.Extraction;

/// <summary>Small pages written for these tests (not cut from any dataset).</summary>
internal static class Fixtures
{
    /// <summary>A content element holding <paramref name="inner"/>, as the body extractor's clean-up steps receive it.</summary>
    public static AngleSharp.Dom.IElement Content(string inner) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<html><body><div id=\"content\">{inner}</div></body></html>").GetElementById("content")!;

    /// <summary>Every kind of node a page walk meets: nested inline text, a comment, script and style text, SVG, a template, empty elements.</summary>
    public const string MixedNodes = """
        <html><head><title>T</title><script>var a = "<p>";</script><style>p{}</style></head><body>
        <div id="a"> Lead <b>bold <i>deep</i></b><!-- a comment --> tail
          <ul><li>one</li><li>two <a href="#x">link</a></li></ul>
          <svg><text>drawn</text></svg><template><p>inert</p></template>
          <p></p><span> </span><p>Café – “quoted”</p>
        </div><div id="b"><img src="x.png"><br></div></body></html>
        """;

    public const string Paragraphs = """
        <p>The city council voted on Tuesday to expand the tram network along the river, a decision that ends a debate lasting more than ten years.</p>
        <p>Supporters said the new line would cut commuting times for thousands of residents in the eastern districts and ease traffic on the old bridge.</p>
        <p>Opponents argued that the cost, estimated at four hundred million euros, would strain the budget for schools and housing over the next decade.</p>
        <p>Construction is expected to begin next spring, and the first trams could run on the extended route before the end of the following year.</p>
        """;

    public static string JsonLdNewsArticle => $$"""
        <!doctype html><html lang="en-GB"><head>
        <title>Council backs tram extension | The Riverside Courier</title>
        <link rel="canonical" href="https://courier.example/news/tram-extension">
        <meta property="og:site_name" content="The Riverside Courier">
        <script type="application/ld+json">
        {"@context":"https://schema.org","@type":"NewsArticle","headline":"Council backs tram extension",
         "datePublished":"2024-03-05T22:30:00-05:00","dateModified":"2024-03-06T08:00:00-05:00",
         "author":{"@type":"Person","name":"Jane Doe"},"publisher":{"@type":"Organization","name":"The Riverside Courier"},
         "image":"https://courier.example/tram.jpg"}
        </script></head><body>
        <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
        <article><h1>Council backs tram extension</h1>{{Paragraphs}}</article>
        <footer><a href="/about">About us</a> <a href="/privacy">Privacy</a></footer>
        </body></html>
        """;

    public static string JsonLdGraph => $$"""
        <html><head><title>Graph page</title>
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"Example Daily"},
          {"@type":"WebPage","url":"https://daily.example/a"},
          {"@type":["ReportageNewsArticle"],"headline":"Floods close the valley road",
           "datePublished":"2023-11-02T07:15:00+01:00",
           "author":[{"@type":"Person","name":"Ana Lopez"},{"@type":"Person","name":"Tom Berg"}]}
        ]}
        </script></head><body><article>{{Paragraphs}}</article></body></html>
        """;

    public static string BrokenJsonLd => $$"""
        <html><head><title>Broken</title>
        <script type="application/ld+json">
        {"@type":"BlogPosting","headline":"A headline with a raw
        newline inside","datePublished":"2022-06-01",}
        </script></head><body><article>{{Paragraphs}}</article></body></html>
        """;

    public static string OpenGraphOnly => $$"""
        <html><head>
        <title>Harbour reopens after storm - Coastal News</title>
        <meta property="og:title" content="Harbour reopens after storm | Coastal News">
        <meta property="og:type" content="article">
        <meta property="og:site_name" content="Coastal News">
        <meta property="article:published_time" content="2021-09-14T06:00:00+02:00">
        <meta name="author" content="Sam Reed">
        </head><body><div class="story">{{Paragraphs}}</div></body></html>
        """;

    public static string NoMetadata => $$"""
        <html><head><title>Tram extension approved</title></head>
        <body><div id="menu"><a href="/">Start</a></div><div id="content">{{Paragraphs}}</div></body></html>
        """;

    public static string PaywallStub => """
        <html><head><title>Inside the budget talks</title>
        <meta property="og:type" content="article">
        <meta property="article:published_time" content="2024-01-10T09:00:00Z">
        </head><body><article>
        <h1>Inside the budget talks</h1>
        <p>Ministers met late into the night as negotiations over the spending plan reached a critical stage.</p>
        <div class="paywall"><p>Subscribe to continue reading.</p><a href="/subscribe">Subscribe now</a></div>
        </article></body></html>
        """;

    public static string LiveBlog => $$"""
        <html><head><title>Election night live</title>
        <script type="application/ld+json">
        {"@type":"LiveBlogPosting","headline":"Election night live","datePublished":"2024-07-04T21:00:00+01:00",
         "coverageStartTime":"2024-07-04T21:00:00+01:00"}
        </script></head><body><main>
        <div class="update"><time datetime="2024-07-05T01:10:00+01:00">01:10</time><p>The first results are in from the northern constituencies, where turnout was higher than expected at the last election.</p></div>
        <div class="update"><time datetime="2024-07-05T00:40:00+01:00">00:40</time><p>Counting is under way in most halls, and officials expect the first declarations within the next half hour.</p></div>
        {{Paragraphs}}
        </main></body></html>
        """;

    public static string HomePage
    {
        get
        {
            var sections = string.Concat(Enumerable.Range(1, 12).Select(i =>
                $"""<section><h2><a href="/section{i}">Section {i}</a></h2><ul>{string.Concat(Enumerable.Range(1, 6).Select(j => $"<li><a href=\"/section{i}/story-{j}\">Headline number {j} in section {i}</a></li>"))}</ul></section>"""));
            return $"""
                <html><head><title>Example Times - News, Sport and Weather</title>
                <meta property="og:type" content="website"></head>
                <body><nav><a href="/">Home</a></nav>{sections}</body></html>
                """;
        }
    }

    public static string Article(string title) => $$"""
        <html><head><title>{{title}}</title></head><body><article><h1>{{title}}</h1>{{Paragraphs}}</article></body></html>
        """;
}
