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
    public void A_block_a_page_builder_names_a_widget_is_body_text()
    {
        static string Product(string name, string verdict, string detail) => $"""
            <div class="c-product-widget"><div class="c-product-widget__product"><div class="c-product-widget__content">
              <h3>{name}</h3><p>{verdict}</p><p>{detail}</p>
            </div></div></div>
            """;
        var html = $$"""
            <html><head><title>Best kettles</title></head><body>
            <article><h1>Best kettles</h1>
            {{Fixtures.Paragraphs}}
            <p>Every kettle was filled from the same tap, timed from switch-on to the click, and weighed empty and full, so the
            figures below compare like with like; we also poured each one at arm's length to see which of them dribbled.</p>
            <p>Cheaper kettles were often as quick as the dear ones, but their lids, handles and limescale filters wore out first,
            which is why the picks below favour the models whose parts held up through a month of daily use.</p>
            <p>We left out kettles with a temperature dial this year: the three we tried were slower than the plain ones at a full
            boil, and none of them held a lower setting steadily enough to be worth the extra money for green tea.</p>
            {{Product("Steelbrew Two", "The Steelbrew Two is the quickest kettle we tested, at two minutes forty for a full litre.",
                "Its lid stayed cool enough to open with bare fingers, and the filter kept every flake of scale out of the cup.")}}
            {{Product("Aqua Glass", "The Aqua Glass is the one to buy if you like to watch the water come to the boil.",
                "The glass clouded with limescale within a fortnight, though a rinse with vinegar brought it back to clear.")}}
            {{Product("Tiny Traveller", "The Tiny Traveller folds flat into a suitcase and still holds enough for two mugs.",
                "It takes its time, close to four minutes for a full load, but it draws so little power it suits a caravan.")}}
            </article></body></html>
            """;

        var article = new ArticleExtractor().Extract("https://reviews.example/kettles/best", html);

        Assert.Contains("The city council voted on Tuesday", article.Body);
        Assert.Contains("The Steelbrew Two is the quickest kettle", article.Body);
        Assert.Contains("The Tiny Traveller folds flat", article.Body);
    }

    [Fact]
    public void A_collapsed_accordion_panel_is_body_text_and_a_hidden_tab_is_not()
    {
        var html = $$"""
            <html><head><title>Going solar</title></head><body>
            <article><h1>Going solar</h1>
            {{Fixtures.Paragraphs}}
            <div class="accordion">
              <button id="step-1" aria-controls="step-1-panel" aria-expanded="false">1. Read your electricity bill</button>
              <div id="step-1-panel" role="region" aria-labelledby="step-1" style="display:none;">
                <p>Your bill shows how many kilowatt-hours you used each month, which sets the size of the system you need and
                how much of the bill the panels can take off once they are running.</p>
              </div>
            </div>
            <h3><button aria-expanded="false">2. Check the roof</button></h3>
            <div aria-hidden="true" hidden>
              <p>Installers will also check the roof's angle and shade, and whether its tiles will carry the weight of the panels
              and rails for the twenty-five years the warranty runs, before they send a quote.</p>
            </div>
            <div class="menu-toggle"><button aria-expanded="false">More guides</button></div>
            <div hidden><p>Heat pumps, insulation grants, battery storage and smart meters: every guide we have published on
              cutting the cost of heating a home through the winter, sorted by the date they were last checked.</p></div>
            <div role="tablist"><button role="tab" id="tab-2" aria-controls="tab-2-panel">Renters</button></div>
            <div id="tab-2-panel" role="tabpanel" aria-labelledby="tab-2" hidden>
              <p>Renters can still share in a community solar farm, which credits their account for the power it makes without
              any panels on the roof of the building they live in.</p>
            </div>
            </article></body></html>
            """;

        var article = new ArticleExtractor().Extract("https://energy.example/guides/going-solar", html);

        Assert.Contains("The city council voted on Tuesday", article.Body);
        Assert.Contains("Your bill shows how many kilowatt-hours", article.Body);
        Assert.Contains("Installers will also check the roof", article.Body);
        Assert.DoesNotContain("Heat pumps, insulation grants", article.Body);
        Assert.DoesNotContain("community solar farm", article.Body);
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

    [Fact]
    public void Links_that_leave_the_page_lose_their_address_and_keep_their_text()
    {
        var doc = new HtmlParser().ParseDocument("""
            <html><body><p>See <a href="https://other.example/report">the report</a>, <a href="/local/page">our page</a>,
            <a href="#findings">the findings</a> and <a href="javascript:void(0)">more</a>.</p></body></html>
            """);

        ReaderPrep.Run(doc.DocumentElement);

        var links = doc.QuerySelectorAll("a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToArray();
        Assert.Equal([("the report", null), ("our page", null), ("the findings", "#findings"), ("more", "javascript:void(0)")], links);
    }
}
