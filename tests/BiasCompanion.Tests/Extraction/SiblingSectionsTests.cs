using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>Articles a page builder splits into rows of the same kind: SmartReader keeps the longest row only.</summary>
public class SiblingSectionsTests
{
    private const string Url = "https://builder.example/guides/garden-irrigation";

    private static string Para(string topic, int n) =>
        $"<p>{topic} note {n}: the irrigation plan for the allotment keeps every bed watered through the dry months, with drip lines, timers and a rain barrel feeding the lowest terrace first.</p>";

    private static string Row(string rowClass, string heading, string topic, int paragraphs) =>
        $"<div class=\"{rowClass}\"><div class=\"col\"><div class=\"text-block\"><h2>{heading}</h2>"
        + string.Concat(Enumerable.Range(1, paragraphs).Select(n => Para(topic, n))) + "</div></div></div>";

    private static string Page(string rows) => $"""
        <html><head><title>Watering an allotment</title></head><body>
        <nav><a href="/">Home</a> <a href="/guides">Guides</a></nav>
        <div class="page"><h1>Watering an allotment</h1><div class="builder">{rows}</div></div>
        <footer><a href="/privacy">Privacy</a></footer></body></html>
        """;

    [Fact]
    public void Every_row_of_the_article_is_kept_in_page_order()
    {
        var html = Page(Row("row row-1", "Planning the lines", "Planning", 3) + Row("row row-2", "Buying the parts", "Buying", 8) + Row("row row-3", "Keeping it running", "Upkeep", 3));

        var body = new ArticleExtractor().Extract(Url, html).Body;

        var planning = body.IndexOf("Planning note 1", StringComparison.Ordinal);
        var buying = body.IndexOf("Buying note 1", StringComparison.Ordinal);
        var upkeep = body.IndexOf("Upkeep note 3", StringComparison.Ordinal);
        Assert.True(planning >= 0 && buying > planning && upkeep > buying, body);
        Assert.Contains("Keeping it running", body);
    }

    [Fact]
    public void Rows_whose_first_class_differs_join_when_they_share_the_builder_names()
    {
        var html = Page(Row("wide grid-row builder-element", "Planning the lines", "Planning", 3)
            + Row("row grid-row builder-element", "Buying the parts", "Buying", 8)
            + Row("boxed grid-row builder-element", "Keeping it running", "Upkeep", 3));

        var body = new ArticleExtractor().Extract(Url, html).Body;

        Assert.Contains("Planning note 1", body);
        Assert.Contains("Upkeep note 3", body);
    }

    [Fact]
    public void A_row_whose_prose_is_a_list_joins()
    {
        var steps = string.Concat(Enumerable.Range(1, 4).Select(n =>
            $"<li>Checklist step {n}: flush the drip lines before the first frost, drain the barrel and store the timer indoors until spring.</li>"));
        var html = Page(Row("row row-1", "Buying the parts", "Buying", 8)
            + $"<div class=\"row row-2\"><div class=\"col\"><div class=\"text-block\"><h2>Winter checklist</h2><ul>{steps}</ul></div></div></div>");

        var body = new ArticleExtractor().Extract(Url, html).Body;

        Assert.Contains("Buying note 1", body);
        Assert.Contains("Checklist step 4", body);
    }

    [Fact]
    public void A_sibling_sharing_one_class_name_only_is_another_kind()
    {
        var html = Page(Row("row grid-row builder-element", "Planning the lines", "Planning", 3)
            + Row("row grid-row builder-element", "Buying the parts", "Buying", 8)
            + Row("promo builder-element", "From our shop", "Shop", 3));

        var body = new ArticleExtractor().Extract(Url, html).Body;

        Assert.Contains("Planning note 1", body);
        Assert.DoesNotContain("Shop note", body);
    }

    [Fact]
    public void A_row_of_the_same_kind_with_little_prose_stays_out()
    {
        var teasers = "<div class=\"row row-4\"><div class=\"col\"><p><a href=\"/a\">Ten tomato varieties for a windy plot, tried on our own allotment</a></p><p><a href=\"/b\">Read more</a></p></div></div>";
        var html = Page(Row("row row-1", "Planning the lines", "Planning", 3) + Row("row row-2", "Buying the parts", "Buying", 8) + teasers);

        var body = new ArticleExtractor().Extract(Url, html).Body;

        Assert.Contains("Planning note 1", body);
        Assert.DoesNotContain("Ten tomato varieties", body);
    }

    [Fact]
    public void The_next_article_on_the_page_is_not_a_section_of_this_one()
    {
        var html = Page(
            "<div class=\"item\"><article>" + Row("row row-1", "Buying the parts", "Buying", 8) + "</article></div>"
            + "<div class=\"item\"><article>" + Row("row row-1", "Next week: compost", "Compost", 4) + "</article></div>");

        var body = new ArticleExtractor().Extract(Url, html).Body;

        Assert.Contains("Buying note 1", body);
        Assert.DoesNotContain("Compost note", body);
    }
}
