using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>Staircases of unclosed wrappers become rows of siblings in the same reading order (RunawayNesting).</summary>
public class RunawayNestingTests
{
    private const int Limit = 64;

    private static IHtmlDocument Page(string bodyHtml) => new HtmlParser().ParseDocument($"<html><head><title>t</title></head><body>{bodyHtml}</body></html>");

    /// <summary>A wrapper opened for every paragraph and never closed: the parser nests each one in the one before.</summary>
    private static string Staircase(int steps, string wrapper = "<div class=\"para\">") =>
        string.Concat(Enumerable.Range(1, steps).Select(i => $"{wrapper}<p>Paragraph {i} of the story.</p>"));

    private static int Depth(IHtmlDocument doc) => PageShape.Measure(doc).MaxDepth;

    [Fact]
    public void A_staircase_deeper_than_the_limit_becomes_a_row_in_the_same_order()
    {
        var doc = Page("<article><h1>Budget row</h1>" + Staircase(300) + "</article><footer>Contact us</footer>");
        var textBefore = BlockText.Of(doc.Body!);
        Assert.True(Depth(doc) > 300);

        RunawayNesting.Linearize(doc, Limit);

        Assert.True(Depth(doc) <= Limit, $"depth {Depth(doc)}");
        Assert.Equal(textBefore, BlockText.Of(doc.Body!));
        Assert.Equal(300, doc.QuerySelectorAll("p").Length);
        // The first paragraphs' wrappers now stand side by side instead of inside one another.
        var first = doc.QuerySelectorAll("p")[0].ParentElement!;
        var second = doc.QuerySelectorAll("p")[1].ParentElement!;
        Assert.Same(first.ParentElement, second.ParentElement);
        Assert.Equal("para", second.ClassName);
    }

    [Fact]
    public void A_page_within_the_limit_is_left_as_it_is()
    {
        var doc = Page("<main><article><h1>Budget row</h1>" + Staircase(40) + "</article></main>");
        var before = doc.Body!.OuterHtml;

        RunawayNesting.Linearize(doc, Limit);

        Assert.Equal(before, doc.Body!.OuterHtml);
    }

    [Fact]
    public void An_element_with_content_after_its_deep_child_is_looked_into_and_that_content_stays_after()
    {
        // The outer section's deepest child is followed by a closing note, so the section stays; the staircase inside it is unstacked.
        var closed = Staircase(200) + string.Concat(Enumerable.Repeat("</div>", 200));
        var doc = Page("<section id=\"outer\"><h2>Live</h2><div id=\"stairs\">" + closed + "</div><p id=\"note\">Closing note.</p></section>");
        var textBefore = BlockText.Of(doc.Body!);

        RunawayNesting.Linearize(doc, Limit);

        Assert.True(Depth(doc) <= Limit, $"depth {Depth(doc)}");
        Assert.Equal(textBefore, BlockText.Of(doc.Body!));
        Assert.Equal("outer", doc.GetElementById("note")!.ParentElement!.Id);
    }

    [Fact]
    public void Plain_wrappers_without_content_of_their_own_are_unstacked_too()
    {
        var doc = Page(string.Concat(Enumerable.Repeat("<div>", 500)) + "<p>Deep text.</p>" + string.Concat(Enumerable.Repeat("</div>", 500)));

        RunawayNesting.Linearize(doc, Limit);

        Assert.True(Depth(doc) <= Limit, $"depth {Depth(doc)}");
        Assert.Equal("Deep text.", BlockText.Of(doc.Body!).Trim());
    }

    [Fact]
    public void The_extractor_keeps_every_paragraph_of_a_staircase_article_in_order()
    {
        var paragraphs = Enumerable.Range(1, 250).Select(i => $"Paragraph {i}: the council said on Monday that the new budget would fund schools, roads and parks.").ToList();
        var html = "<html><head><title>Council budget row</title></head><body><article><h1>Council budget row</h1>"
                   + string.Concat(paragraphs.Select(p => $"<div class=\"para\"><p>{p}</p>")) + "</article></body></html>";

        var article = new ArticleExtractor().Extract("https://news.example/budget", html);

        Assert.Null(article.Error);
        var lines = article.Body.Split('\n');
        Assert.Equal(paragraphs, lines.Where(line => line.StartsWith("Paragraph ", StringComparison.Ordinal)).ToList());
    }

    [Fact]
    public void A_cancelled_page_stops()
    {
        var doc = Page(Staircase(900));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => RunawayNesting.Linearize(doc, Limit, cancelled.Token));
    }
}
