using AngleSharp.Html.Parser;
using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

public class ReaderPrepTests
{
    [Fact]
    public void Drops_what_is_never_body_text_and_keeps_the_rest()
    {
        var doc = new HtmlParser().ParseDocument("""
            <html><head><style>p { color: red }</style><script>var headScript = 1;</script></head><body>
            <div class="story">
              <p>First paragraph of the story.</p>
              <script>window.tracker = "script text";</script>
              <template><p>Template text</p></template>
              <nav><a href="/">Home</a> <a href="/world">World</a></nav>
              <iframe src="https://ads.example/"></iframe>
              <p>Second paragraph <b>with bold</b> text.</p>
              <form><input name="q"><button>Search</button></form>
            </div><footer><p>Copyright notice</p></footer></body></html>
            """);

        ReaderPrep.Run(doc.DocumentElement);

        var text = BlockText.Of(doc.Body!);
        Assert.Equal("First paragraph of the story.\nSecond paragraph with bold text.", text);
        Assert.Empty(doc.QuerySelectorAll("script, style, template, nav, iframe, footer"));
        // Form controls stay: SmartReader's conditional clean-up counts them to recognise comment forms.
        Assert.Single(doc.QuerySelectorAll("input"));
    }

    [Fact]
    public void Strips_utility_class_tokens_but_keeps_meaningful_ones()
    {
        var doc = new HtmlParser().ParseDocument("""<html><body><div class="article-body overflow-hidden md:flex max-w-[645px] hidden"><p>x</p></div></body></html>""");

        ReaderPrep.Run(doc.DocumentElement);

        Assert.Equal("article-body", doc.Body!.FirstElementChild!.GetAttribute("class"));
    }

    [Theory]
    [InlineData("story-ad ad-placeholder hidden", "story-ad ad-placeholder hidden")]
    [InlineData("menu hidden lg:block", "menu")]
    public void A_bare_hidden_class_stays_unless_a_responsive_variant_shows_the_element_again(string classes, string expected)
    {
        var doc = new HtmlParser().ParseDocument($"""<html><body><div class="{classes}"><p>x</p></div></body></html>""");

        ReaderPrep.Run(doc.DocumentElement);

        Assert.Equal(expected, doc.Body!.FirstElementChild!.GetAttribute("class"));
    }

    [Fact]
    public void The_rest_of_an_article_behind_a_read_more_toggle_is_body_text()
    {
        // "hideOnInit" is not "hidden": SmartReader's default class words matched any "hid" and cleaned this block away.
        var html = $$"""
            <html><head><title>Tram line</title></head><body>
            <article><h1>Tram line</h1>
            {{Fixtures.Paragraphs}}
            <div class="toggle-group hideOnInit">
              <p>After the vote, the transport committee published a timetable for the works, which will close the old depot road
              for eleven months while the tracks are laid and the overhead wires are strung between the new poles.</p>
              <p>Shop owners along the route asked for compensation during the closure, and the committee agreed to meet them
              again in the spring, once the contractor has set out which stretches of pavement will stay open.</p>
            </div>
            </article></body></html>
            """;

        var article = new ArticleExtractor().Extract("https://courier.example/news/tram", html);

        Assert.Contains("The city council voted on Tuesday", article.Body);
        Assert.Contains("Shop owners along the route asked for compensation", article.Body);
    }

    [Fact]
    public void Extractor_body_leaves_out_scripts()
    {
        var html = $$"""
            <html><head><title>Tram line</title></head><body>
            <article><h1>Tram line</h1>
            {{Fixtures.Paragraphs}}
            <script>document.write("tracking pixel text")</script>
            </article></body></html>
            """;

        var article = new ArticleExtractor().Extract("https://courier.example/news/tram", html);

        Assert.Null(article.Error);
        Assert.Contains("The city council voted on Tuesday", article.Body);
        Assert.DoesNotContain("tracking pixel", article.Body);
    }
}
