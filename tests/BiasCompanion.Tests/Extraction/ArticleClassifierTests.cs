using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>Page types the classifier must tell apart from a story, on small pages written here.</summary>
public sealed class ArticleClassifierTests
{
    private readonly ArticleExtractor extractor = new();

    [Fact]
    public void ForumThreadWithManyPostsIsNotAnArticle()
    {
        var posts = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<div id=\"post-{i}\" class=\"post\"><a href=\"/u/{i}\">user{i}</a><div class=\"postbody\">{Fixtures.Paragraphs}</div></div>"));
        var html = $"<html><head><title>Tram question - Transit forum</title></head><body><h1>Tram question</h1>{posts}</body></html>";

        Assert.False(extractor.Extract("https://community.transit.example/topic/1234/tram-question", html).IsArticle);
    }

    [Fact]
    public void ServicePageWithCallsToActionIsNotAnArticle()
    {
        var html = $"""
            <html><head><title>Data analytics services</title><meta property="og:type" content="website"></head><body>
            <h1>Data analytics services</h1><a href="/contact">Get a quote</a>{Fixtures.Paragraphs}
            <a href="/demo">Request a demo</a><a href="/contact">Contact us</a><a href="/call">Book a call</a></body></html>
            """;

        Assert.False(extractor.Extract("https://agency.example/services/data-analytics", html).IsArticle);
    }

    [Fact]
    public void BlogPostWithBylineAndDateIsAnArticle()
    {
        var html = $"""
            <html><head><title>Why the tram vote matters</title><meta property="og:type" content="article">
            <meta property="article:published_time" content="2024-03-05T10:00:00Z"><meta name="author" content="Jane Doe"></head>
            <body><article><h1>Why the tram vote matters</h1>{Fixtures.Paragraphs}{Fixtures.Paragraphs}</article></body></html>
            """;

        Assert.True(extractor.Extract("https://jane.example/blog/why-the-tram-vote-matters", html).IsArticle);
    }

    [Fact]
    public void SignalsCountRepeatedCardsLinkedHeadingsAndShopMarkup()
    {
        var cards = string.Concat(Enumerable.Range(1, 10).Select(i => $"<div class=\"card\"><h3><a href=\"/p/{i}\">Item {i}</a></h3><p>Text</p></div>"));
        var html = $"<html><body><div class=\"grid\">{cards}</div><span itemprop=\"price\">9.99</span><button>Add to cart</button></body></html>";
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        var s = PageSignals.Measure(doc);

        Assert.Equal(10, s.MaxRepeatedBlocks);
        Assert.Equal(10, s.LinkedHeadings);
        Assert.True(s.PriceMarkup);
        Assert.True(s.CartButton);
    }

    [Fact]
    public void Calls_to_action_are_links_and_buttons_whose_short_text_holds_a_phrase_in_any_case()
    {
        var html = "<html><body><a href=\"/q\">GET A QUOTE today</a><button>Talk to Sales</button><a href=\"/c\">Please contact us</a>"
            + "<a href=\"/n\">Read the news</a><a href=\"/l\">Contact us about this story, its sources and the corrections we made</a>"
            + "<button>Go</button></body></html>";
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        // The long link's text is past the 40 characters a call to action has; "Go" is too short to be one.
        Assert.Equal(3, PageSignals.Measure(doc).CallsToAction);
    }

    [Fact]
    public void Cards_and_headings_count_as_linked_only_with_a_link_somewhere_inside_or_around_them()
    {
        var unlinkedCards = string.Concat(Enumerable.Repeat("<div class=\"card\"><h3>Title</h3><p>Teaser</p></div>", 6));
        var linkedItems = string.Concat(Enumerable.Repeat("<li class=\"item\"><span><em><a href=\"/story\">Story</a></em></span><span>Teaser</span></li>", 5));
        var html = $"<html><body><div class=\"grid\">{unlinkedCards}</div><ul>{linkedItems}</ul>"
            + "<a href=\"/h\"><h2>Heading in a link</h2></a><h3><span><a href=\"#part\">Heading holding a link</a></span></h3><h4>Plain heading</h4></body></html>";
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        var s = PageSignals.Measure(doc);

        Assert.Equal(5, s.MaxRepeatedBlocks);
        Assert.Equal(9, s.Headings);
        Assert.Equal(2, s.LinkedHeadings);
    }

    [Fact]
    public void SignalsCountCommentsListItemsInputsHeadlinesAndUserBlocks()
    {
        var html = "<html><body><h1>A</h1><h1>B</h1><ul><li>1</li><li>2</li><li>3</li></ul><form><input><textarea></textarea><select></select></form>"
            + "<div class=\"comment-list\"><div class=\"comment\"><img class=\"avatar\"><span class=\"username\">x</span></div></div></body></html>";
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        var s = PageSignals.Measure(doc);

        Assert.Equal(2, s.CommentBlocks);
        Assert.Equal(3, s.ListItems);
        Assert.Equal(3, s.Inputs);
        Assert.Equal(2, s.H1s);
        Assert.Equal(2, s.UserBlocks);
    }

    [Fact]
    public void StoryWithBylineAndDateUnderTheHeadlineIsAnArticleWithoutMetadata()
    {
        var html = $"""
            <html><head><title>How the council chose the tram route</title></head>
            <body><h1>How the council chose the tram route</h1><p class="info">By Jane Doe · March 5, 2024</p>{Fixtures.Paragraphs}{Fixtures.Paragraphs}</body></html>
            """;

        Assert.True(extractor.Extract("https://courier.example/local/how-the-council-chose-the-tram-route", html).IsArticle);
    }

    [Fact]
    public void HeadlineFeaturesReadTheTitleAndTheHeadlineArea()
    {
        var html = $"""
            <html><head><title>Tuition and fees</title></head>
            <body><h1>Tuition and fees</h1><p>By Jane Doe, March 5, 2024</p>{Fixtures.Paragraphs}</body></html>
            """;
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var md = PageMetadata.Read(doc);
        var a = extractor.Extract("https://college.example/tuition", html);

        var f = ArticleClassifier.Features(a, md, PageShape.Measure(doc), PageSignals.Measure(doc));

        Assert.Equal(1, f["titleService"]);
        Assert.Equal(0, f["titleStory"]);
        Assert.Equal(1, f["headlineDate"]);
        Assert.Equal(1, f["headlineBy"]);
    }

    [Theory]
    [InlineData("https://shop.example/collections/tram-models", 1)]
    [InlineData("https://archive.example/collection/tram-history", 0)]
    public void A_shop_s_collections_path_names_a_listing_and_an_editorial_collection_does_not(string url, double expected)
    {
        // "/collections/<handle>" is a shop platform's product listing route; sites name their own essay or guide
        // sections "/collection/" (a review's essays, a government guide).
        var html = $"<html><head><title>Tram models</title></head><body><h1>Tram models</h1>{Fixtures.Paragraphs}</body></html>";
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var a = extractor.Extract(url, html);

        var f = ArticleClassifier.Features(a, PageMetadata.Read(doc), PageShape.Measure(doc), PageSignals.Measure(doc));

        Assert.Equal(expected, f["urlNonArticle"]);
    }
}
