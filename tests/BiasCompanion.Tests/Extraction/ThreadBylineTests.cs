using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>A discussion thread's byline: the author of its opening post, from the markup forum software writes.</summary>
public sealed class ThreadBylineTests
{
    private readonly ArticleExtractor extractor = new();

    private string? BylineOf(string body, string head = "") =>
        extractor.Extract("https://forum.example/t/which-tram-pass/12",
            $"<!doctype html><html lang=\"en\"><head><title>Which tram pass? - Transit forum</title>{head}</head><body>{body}</body></html>").Byline;

    private static string Posts => string.Concat(Enumerable.Range(1, 4).Select(i =>
        $"<div class=\"post\"><p>Reply number {i} says the monthly pass pays for itself after twelve trips, and the weekly one after five.</p></div>"));

    [Fact]
    public void PreloadedPostStreamNamesTheFirstPostsAuthor()
    {
        // The stream is JSON inside JSON: the topic's value is a string, so its quotes arrive escaped.
        var stream = "{&quot;topic_12&quot;:&quot;{\\&quot;post_stream\\&quot;:{\\&quot;posts\\&quot;:[{\\&quot;id\\&quot;:501,\\&quot;name\\&quot;:\\&quot;Tram Fan\\&quot;,"
            + "\\&quot;username\\&quot;:\\&quot;tramfan77\\&quot;,\\&quot;cooked\\&quot;:\\&quot;hello\\&quot;},{\\&quot;id\\&quot;:502,\\&quot;username\\&quot;:\\&quot;oldconductor\\&quot;}]}}&quot;}";
        var body = $"<div class=\"hidden\" id=\"data-preloaded\" data-preloaded=\"{stream}\"></div><section id=\"main\"></section>";

        Assert.Equal("tramfan77", BylineOf(body));
    }

    [Theory]
    [InlineData("{\"post_stream\":{\"posts\":[{\"id\":1,\"username\":\"ana_b\"}]}}", "ana_b")]
    [InlineData("{\"post_stream\":{\"posts\":[{\"id\":1,\"cooked\":\"<p>username</p>\",\"username\":\"ana_b\"}]}}", null)]
    [InlineData("{\"site\":{\"username\":\"ana_b\"}}", null)]
    [InlineData("{\"post_stream\":{\"posts\":[]}}", null)]
    public void ReadsOnlyTheFirstPostsOwnUsername(string json, string? expected)
    {
        var body = $"<div id=\"data-preloaded\" data-preloaded=\"{System.Net.WebUtility.HtmlEncode(json)}\"></div><section id=\"main\"></section>";

        Assert.Equal(expected, BylineOf(body));
    }

    [Fact]
    public void MicrodataAuthorNamedOnlyInAMetaTagNamesTheThread()
    {
        var body = "<div itemscope itemtype=\"https://schema.org/DiscussionForumPosting\"><h1 itemprop=\"headline\">Which tram pass?</h1>"
            + "<div itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\"><meta itemprop=\"name\" content=\"tramfan77\"></div>"
            + Posts + "</div>";

        Assert.Equal("tramfan77", BylineOf(body));
    }

    [Fact]
    public void ThreadMarkupDoesNotReplaceAWrittenByline()
    {
        var body = "<article><h1>Which tram pass?</h1><p class=\"byline\">By Ida Lund</p>"
            + "<div itemprop=\"author\" itemscope><meta itemprop=\"name\" content=\"tramfan77\"></div>" + Posts + "</article>";

        Assert.Equal("Ida Lund", BylineOf(body));
    }

    [Theory]
    [InlineData("<span class=\"sr-only\">Thread starter</span> <a href=\"/members/tramfan77.81/\" class=\"username\">tramfan77</a>")]
    [InlineData("<dl><dt>Started by</dt><dd><a href=\"/u/tramfan77\">tramfan77</a></dd></dl>")]
    [InlineData("<p>Topic author: tramfan77</p>")]
    public void ThreadStarterLabelUnderTheHeadlineNamesTheStarterNotAReplier(string starter)
    {
        var body = $"<h1>Which tram pass?</h1><div class=\"description\">{starter}</div>"
            + "<article class=\"message\"><div class=\"message-author\">Old Conductor</div>" + Posts + "</article>";

        Assert.Equal("tramfan77", BylineOf(body));
    }

    [Fact]
    public void ATopicAuthorBadgeIsNotAName()
    {
        Assert.Null(BylineChooser.Clean("Topic Author"));
        Assert.Equal("tramfan77", BylineChooser.Clean("via tramfan77"));
    }

    private static string Thread(string firstPoster) =>
        "<h1>Which tram pass?</h1>" + string.Concat(new[] { firstPoster, "oldconductor", "metro_mia", "busrider" }.Select((name, i) =>
            $"<div class=\"post\" id=\"p{i}\"><dl class=\"postprofile\"><dt><a href=\"/member/{i}\" class=\"username\">{name}</a></dt></dl>"
            + $"<div class=\"content\"><p>Post {i}: the monthly pass pays for itself after twelve trips, and the weekly one after five. Does anyone know about the night buses too?</p></div></div>"));

    [Fact]
    public void FirstPostersUserNameIsTheThreadsBylineWhenNothingElseNamesOne()
    {
        Assert.Equal("tramfan77", BylineOf(Thread("tramfan77")));
    }

    [Fact]
    public void AnAccountMenuOrAFormFieldClassedAsAUserNameIsNotAPoster()
    {
        var header = "<header><span class=\"auth-user-name\">Account</span></header>";
        var trap = "<div class=\"comment-form\"><div class=\"username_x1\"><label for=\"u\">Leave this field empty</label><input id=\"u\"></div></div>";

        Assert.Equal("tramfan77", BylineOf(header + trap + Thread("tramfan77")));
    }

    [Fact]
    public void AnArticlesCommenterIsNotItsByline()
    {
        var page = $"<article><h1>Council backs the tram extension</h1>{Fixtures.Paragraphs}</article>"
            + "<section class=\"comments\"><div class=\"comment\"><a class=\"username\" href=\"/u/1\">tramfan77</a><p>Great news.</p></div></section>";
        var extracted = extractor.Extract("https://courier.example/news/tram", $"<!doctype html><html lang=\"en\"><head><title>Council backs the tram extension</title></head><body>{page}</body></html>");

        Assert.True(extracted.IsArticle);
        Assert.Null(extracted.Byline);
    }

    [Theory]
    [InlineData("tram.fan@mail.example", "tram.fan@mail.example")]
    [InlineData("Ida Lund ida@courier.example", "Ida Lund")]
    public void AnAddressAloneIsTheLoginNameButBesideANameItIsContactDetail(string raw, string expected)
    {
        Assert.Equal(expected, BylineChooser.Clean(raw));
    }

    [Fact]
    public void APostsAuthorColumnGivesItsFirstTextNotTheRankAndJoinDateAfterIt()
    {
        var posts = string.Concat(new[] { "tramfan77", "oldconductor", "metro_mia" }.Select((name, i) =>
            $"<div class=\"blockpost\"><div class=\"postbody\"><div class=\"postleft\"><dl><dt><strong>{name}</strong></dt><dd class=\"usertitle\">Member</dd><dd>Registered: 2021-03-0{i + 1}</dd></dl></div>"
            + $"<div class=\"postright\"><p>Post {i}: the monthly pass pays for itself after twelve trips, and the weekly one after five. Night buses take both.</p></div></div></div>"));

        Assert.Equal("tramfan77", BylineOf("<h1>Which tram pass?</h1>" + posts));
    }
}
