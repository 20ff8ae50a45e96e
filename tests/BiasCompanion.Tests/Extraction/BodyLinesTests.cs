using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

public class BodyLinesTests
{
    private static readonly string[] Article =
    [
        "The city council voted on Tuesday to expand the tram network along the river, a decision that ends a debate lasting more than ten years and settles a question that has divided the eastern and western districts.",
        "Supporters said the new line would cut commuting times for thousands of residents in the eastern districts and ease traffic on the old bridge, which carries twice the load it was designed for.",
        "Opponents argued that the cost, estimated at four hundred million euros, would strain the budget for schools and housing over the next decade, and asked for a referendum before any contract is signed.",
        "Construction is expected to begin next spring, and the first trams could run on the extended route before the end of the following year, if the national grant arrives on time.",
        "The council will publish the detailed route in May, with maps of every stop, the trees that have to be felled and the streets that will be closed while the rails are laid.",
    ];

    [Fact]
    public void A_stretch_of_text_printed_twice_is_kept_once()
    {
        var text = string.Join('\n', [.. Article, "Share", .. Article]);

        var cleaned = BodyLines.Clean(text);

        Assert.Equal(string.Join('\n', [.. Article, "Share"]), cleaned);
    }

    [Fact]
    public void Short_repeats_and_a_repeated_paragraph_stay()
    {
        var text = string.Join('\n', Article[0], "SELECT id", "FROM trams", "WHERE line = 4", Article[1], "SELECT id", "FROM trams", "WHERE line = 4",
            Article[2], Article[2], Article[2]);

        Assert.Equal(text, BodyLines.Clean(text));
    }

    [Theory]
    [InlineData("Related posts")]
    [InlineData("YOU MIGHT ALSO LIKE:")]
    [InlineData("More from The Riverside Courier")]
    [InlineData("Sources")]
    [InlineData("Tags:")]
    [InlineData("Previous Post")]
    [InlineData("Recommended for you")]
    [InlineData("Related articles that may interest you")]
    [InlineData("Up Next")]
    [InlineData("12 Comments")]
    [InlineData("Filed under:")]
    public void The_body_ends_at_a_heading_that_opens_the_furniture_after_the_article(string heading)
    {
        var text = string.Join('\n', [.. Article, heading, "Bus fares rise in April", "New bridge opens to cyclists"]);

        Assert.Equal(string.Join('\n', Article), BodyLines.Clean(text));
    }

    [Fact]
    public void Such_a_heading_in_the_first_half_introduces_a_list_inside_the_article()
    {
        var text = string.Join('\n', [Article[0], "Sources", "City council minutes, 5 March", .. Article[1..]]);

        Assert.Equal(text, BodyLines.Clean(text));
    }

    [Fact]
    public void A_sentence_that_starts_like_a_heading_is_text()
    {
        var text = string.Join('\n', [.. Article, "Related posts on the tram project are collected on the council's website for anyone who wants the background."]);

        Assert.Equal(text, BodyLines.Clean(text));
    }

    [Fact]
    public void The_extractor_leaves_the_related_posts_below_an_article_out()
    {
        var page = $$"""
            <html><head><title>Council backs tram extension</title></head><body>
            <div class="post"><h1>Council backs tram extension</h1>{{Fixtures.Paragraphs}}
            <h3>Related posts</h3>
            <p>Bus fares will rise in April for the first time in six years, the transport authority confirmed in a short statement.</p>
            </div></body></html>
            """;

        var article = new ArticleExtractor().Extract("https://courier.example/news/tram", page);

        Assert.Contains("Construction is expected to begin next spring", article.Body);
        Assert.DoesNotContain("Related posts", article.Body);
        Assert.DoesNotContain("Bus fares will rise", article.Body);
    }

    [Theory]
    [InlineData("The new trams stop level with the platform, so prams and wheelchairs roll straight in. Credit: Jane Doe")]
    [InlineData("A test run on the river line in March. Photo credit: City of Riverside")]
    public void A_caption_that_ends_with_its_photo_credit_goes(string caption)
    {
        var text = string.Join('\n', [Article[0], caption, .. Article[1..]]);

        Assert.Equal(string.Join('\n', Article), BodyLines.Clean(text));
    }

    [Fact]
    public void Text_that_mentions_credit_stays()
    {
        var text = string.Join('\n', [Article[0], "Buyers with good credit: the council says the bonds sold out within an hour of the launch.", .. Article[1..]]);

        Assert.Equal(text, BodyLines.Clean(text));
    }

    [Theory]
    [InlineData("Also read: Bus fares rise in April")]
    [InlineData("See also: How the old bridge was built")]
    [InlineData("Read our full Riverside Tram Pass review")]
    public void A_link_to_further_reading_between_paragraphs_goes(string line)
    {
        var text = string.Join('\n', [Article[0], line, .. Article[1..]]);

        Assert.Equal(string.Join('\n', Article), BodyLines.Clean(text));
    }

    [Fact]
    public void A_related_link_line_stays()
    {
        var text = string.Join('\n', [Article[0], "Related: Bus fares rise in April", .. Article[1..]]);

        Assert.Equal(text, BodyLines.Clean(text));
    }

    [Theory]
    [InlineData("Learn More")]
    [InlineData("Read more:")]
    [InlineData("Get a free quote ›")]
    [InlineData("Check price at Amazon")]
    [InlineData("Loading...")]
    public void A_button_label_on_its_own_line_goes(string label)
    {
        var text = string.Join('\n', Article[0], label, Article[1]);

        Assert.Equal(string.Join('\n', Article[0], Article[1]), BodyLines.Clean(text));
    }

    [Theory]
    [InlineData("Learn more about the tram network in the council's published plan.")]
    [InlineData("Compare the two routes")]
    [InlineData("Read more: the council's plan")]
    public void A_line_that_only_starts_like_a_button_stays(string line)
    {
        var text = string.Join('\n', Article[0], line, Article[1]);

        Assert.Equal(text, BodyLines.Clean(text));
    }
}
