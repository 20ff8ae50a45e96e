using System.Runtime.CompilerServices;
using AngleSharp.Html.Parser;
using BiasCompanion.Host.Extraction;
using SmartReader;

namespace BiasCompanion.Tests.Extraction;

/// <summary>What BodyExtractor hands SmartReader (the byline search) and skips in it (serialising the content).</summary>
public class ReaderHooksTests
{
    private static string Paragraphs(int n) =>
        string.Concat(Enumerable.Range(1, n).Select(i => $"<p>Paragraph {i} of the report, long enough to count as body text for the reader, with a few more words in it.</p>"));

    private static string Page(string beforeArticle, string byline) => $"""
        <html><head><title>Council votes on the harbour plan</title></head><body>
        {beforeArticle}
        <article><h1>Council votes on the harbour plan</h1>{byline}{Paragraphs(8)}</article>
        </body></html>
        """;

    [Fact]
    public void A_read_page_is_freed_by_the_next_collection_not_kept_for_the_readers_finalizer()
    {
        var page = ReadAndLetGo(Page("", """<div class="byline">By Jane Doe</div>"""));

        GC.Collect();

        // Tracking resurrection: a document still referenced from the finalization queue counts as alive.
        Assert.False(page.IsAlive);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ReadAndLetGo(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        BodyExtractor.Extract(doc, "https://news.example/harbour");
        return new WeakReference(doc, trackResurrection: true);
    }

    [Fact]
    public void The_pinned_SmartReader_still_has_the_fields_the_byline_hand_over_uses()
    {
        Assert.True(ReaderByline.Available);
    }

    [Fact]
    public void Finds_the_byline_element_hands_it_to_SmartReader_and_keeps_it_out_of_the_body()
    {
        var doc = new HtmlParser().ParseDocument(Page("", """<div class="byline">By Jane Doe</div>"""));

        var (body, reader) = BodyExtractor.Extract(doc, "https://news.example/harbour");

        Assert.Equal("By Jane Doe", reader?.Byline);
        Assert.DoesNotContain("Jane Doe", body);
        Assert.Contains("Paragraph 8 of the report", body);
    }

    [Fact]
    public void The_byline_search_reads_the_element_removes_it_and_answers_for_SmartReader()
    {
        var doc = new HtmlParser().ParseDocument(Page("", """<div class="byline">By Jane Doe</div>"""));
        var reader = new Reader("https://news.example/harbour", doc);

        Assert.Equal("By Jane Doe", ReaderByline.Settle(reader, doc.DocumentElement));
        Assert.Null(doc.QuerySelector(".byline"));

        var none = new HtmlParser().ParseDocument(Page("", ""));
        Assert.Null(ReaderByline.Settle(new Reader("https://news.example/harbour", none), none.DocumentElement));
    }

    // Each page puts the byline behind a different attribute the search reads in its one pass over an element's
    // attributes; SmartReader's own search (no hand-over) must find the same one.
    [Theory]
    [InlineData("", """<div id="byline">By Id Alone</div>""")]
    [InlineData("", """<div class="meta" id="story-author">By Class And Id</div>""")]
    [InlineData("", """<a rel="author" href="/jane">Rel Author</a>""")]
    [InlineData("", """<span itemprop="author">Itemprop Author</span>""")]
    [InlineData("""<div hidden><span class="author">Hidden Attribute</span></div>""", """<p class="byline">Shown Byline</p>""")]
    [InlineData("""<div aria-hidden="true"><span class="author">Aria Hidden</span></div>""", """<p class="byline">Shown Byline</p>""")]
    [InlineData("""<div aria-hidden="true" class="fallback-image"><span class="author">Fallback Image</span></div>""", "")]
    [InlineData("""<div role="dialog" aria-modal="true"><span class="author">In A Dialog</span></div>""", """<p class="byline">Shown Byline</p>""")]
    [InlineData("""<div role="complementary"><span class="author">In An Aside Role</span></div>""", """<p class="byline">Shown Byline</p>""")]
    [InlineData("""<div class="sidebar" id="main-column"><span class="author">Unlikely But Maybe</span></div>""", "")]
    [InlineData("""<div class="sidebar" id="x"><span class="author">Unlikely</span></div>""", """<p class="byline">Shown Byline</p>""")]
    public void The_byline_search_finds_what_SmartReaders_own_search_finds(string beforeArticle, string byline)
    {
        var html = Page(beforeArticle, byline);
        var ours = new HtmlParser().ParseDocument(html);
        var theirs = new HtmlParser().ParseDocument(html);

        var found = ReaderByline.Settle(new Reader("https://news.example/harbour", ours), ours.DocumentElement);
        using var reader = new Reader("https://news.example/harbour", theirs);
        var expected = reader.GetArticle().Byline;

        Assert.False(string.IsNullOrWhiteSpace(found));
        Assert.Equal(expected, found);
    }

    [Fact]
    public void A_byline_pattern_that_reads_the_space_between_class_and_id_is_matched_against_both_as_SmartReader_does()
    {
        // "author$" fails on SmartReader's "story author " (class, space, empty id); on the class alone it would match.
        var html = Page("", """<div class="story author">By Jane Doe</div>""");
        var ours = new HtmlParser().ParseDocument(html);
        var theirs = new HtmlParser().ParseDocument(html);
        var reader = new Reader("https://news.example/harbour", ours);
        reader.ReplaceRegularExpression(RegularExpressions.Byline, "author$");
        using var plain = new Reader("https://news.example/harbour", theirs);
        plain.ReplaceRegularExpression(RegularExpressions.Byline, "author$");

        Assert.Null(ReaderByline.Settle(reader, ours.DocumentElement));
        Assert.True(string.IsNullOrEmpty(plain.GetArticle().Byline));
    }

    [Fact]
    public void The_byline_search_stops_at_the_time_limit_before_reading_a_candidate()
    {
        // Nested author-named elements each have their whole subtree read, so each candidate checks the page's token.
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div class=\"author\">", 5)) + "<p>text</p>"
                   + string.Concat(Enumerable.Repeat("</div>", 5)) + "</body></html>";
        var doc = new HtmlParser().ParseDocument(html);
        using var stopped = new CancellationTokenSource();
        stopped.Cancel();

        Assert.Throws<OperationCanceledException>(() => ReaderByline.Settle(new Reader("https://news.example/a", doc), doc.DocumentElement, stopped.Token));
    }

    [Fact]
    public void Skips_author_names_inside_what_SmartReader_drops_first_and_hidden_elements()
    {
        var before = """
            <div class="comments"><span class="author">Commenter Name</span></div>
            <div style="display:none"><span class="author">Hidden Name</span></div>
            """;
        var doc = new HtmlParser().ParseDocument(Page(before, """<p class="author-line"><span itemprop="name">Jane Doe</span> in Lisbon</p>"""));

        var (_, reader) = BodyExtractor.Extract(doc, "https://news.example/harbour");

        // An itemprop name inside the byline element is preferred to its whole text, as SmartReader does.
        Assert.Equal("Jane Doe", reader?.Byline);
    }

    [Fact]
    public void A_page_without_a_byline_element_leaves_the_byline_to_the_metadata()
    {
        var html = Page("", "").Replace("<head>", """<head><meta name="author" content="Meta Author">""");
        var doc = new HtmlParser().ParseDocument(html);

        var (body, reader) = BodyExtractor.Extract(doc, "https://news.example/harbour");

        Assert.Equal("Meta Author", reader?.Byline);
        Assert.Contains("Paragraph 1 of the report", body);
    }

    [Fact]
    public void The_content_is_not_serialised_for_us_but_is_for_any_other_SmartReader_use()
    {
        var html = Page("", "");

        var (_, ours) = BodyExtractor.Extract(new HtmlParser().ParseDocument(html), "https://news.example/harbour");
        var theirs = new Reader("https://news.example/harbour", new HtmlParser().ParseDocument(html)).GetArticle();

        Assert.Equal("", ours?.Content);
        Assert.Equal("", ours?.TextContent);
        Assert.Contains("Paragraph 8 of the report", theirs.Content);
        Assert.Contains("Paragraph 8 of the report", theirs.TextContent);
    }

    [Theory]
    [InlineData(299_999, 1, false)]
    [InlineData(300_000, 1, true)]
    [InlineData(500_000, 0, true)]
    [InlineData(500_000, 2, false)]
    public void Collects_the_young_generation_only_before_a_large_page_extracted_alone(int chars, int inFlight, bool expected)
    {
        Assert.Equal(expected, YoungGenerationRoom.IsNeeded(chars, inFlight));
    }
}
