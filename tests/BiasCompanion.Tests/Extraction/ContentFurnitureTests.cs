using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

public class ContentFurnitureTests
{
    [Theory]
    [InlineData("class=\"author-box\"")]
    [InlineData("class=\"saboxplugin-wrap\"")]
    [InlineData("id=\"about-the-author\"")]
    [InlineData("class=\"post-author-bio\"")]
    [InlineData("class=\"affiliate-disclosure\"")]
    [InlineData("class=\"editorial-disclaimer small\"")]
    public void An_author_box_or_disclosure_inside_the_content_goes(string attribute)
    {
        var content = Fixtures.Content($"{Fixtures.Paragraphs}<div {attribute}><p>Jane Doe has covered city transport for the Courier since 2015.</p></div>");

        ContentFurniture.Remove(content);

        Assert.Contains("Construction is expected to begin next spring", content.TextContent);
        Assert.DoesNotContain("Jane Doe has covered", content.TextContent);
    }

    [Fact]
    public void A_wrapper_holding_most_of_the_text_stays_whatever_its_class()
    {
        var content = Fixtures.Content($"<div class=\"entry has-author-box\">{Fixtures.Paragraphs}</div><div class=\"author-box\"><p>Jane Doe</p></div>");

        ContentFurniture.Remove(content);

        Assert.Contains("Construction is expected to begin next spring", content.TextContent);
        Assert.DoesNotContain("Jane Doe", content.TextContent);
    }

    [Fact]
    public void A_byline_bio_is_kept()
    {
        // Readability keeps the reporter's one-line bio under news stories; only the named boxes go.
        var content = Fixtures.Content($"{Fixtures.Paragraphs}<p class=\"byline-bio\">Jane Doe covers transport.</p>");

        ContentFurniture.Remove(content);

        Assert.Contains("Jane Doe covers transport.", content.TextContent);
    }

    [Fact]
    public void The_extractor_leaves_the_author_box_under_a_post_out()
    {
        var page = $$"""
            <html><head><title>Council backs tram extension</title></head><body>
            <div class="post"><h1>Council backs tram extension</h1>{{Fixtures.Paragraphs}}
            <p>The route follows the river for three kilometres, crosses the old bridge on a new deck and ends at the hospital, where a park-and-ride site with six hundred spaces is planned.</p>
            <p>The regional government has promised to pay a third of the cost if the work starts before the end of next year, and the council expects the national grant to cover another third.</p>
            <p>Shops along the route will be compensated for the months of roadworks, and the council has set aside a fund for small businesses that lose more than a fifth of their turnover.</p>
            <div class="author-box"><h4>Jane Doe</h4>
              <p>Jane Doe has covered city transport for the Courier since 2015, after ten years as a planner in the regional transport office, and writes the weekly column on buses, trams, bridges and cycle lanes.</p>
              <p>She grew up in the eastern districts, still rides the number four tram to work every day, and answers readers' questions about timetables, fares and roadworks on Friday mornings.</p></div>
            </div></body></html>
            """;

        var article = new ArticleExtractor().Extract("https://courier.example/news/tram", page);

        Assert.Contains("Construction is expected to begin next spring", article.Body);
        Assert.DoesNotContain("Jane Doe has covered", article.Body);
    }
}

public class UnlikelyClassWordsTests
{
    [Fact]
    public void A_carousel_of_teasers_inside_the_article_container_is_not_read()
    {
        // Long enough (over 2000 characters) that no retry without the unlikely-name filter runs.
        var page = $$"""
            <html><head><title>Council backs tram extension</title></head><body>
            <div class="post"><h1>Council backs tram extension</h1>{{Fixtures.Paragraphs}}
            <div class="story-carousel">
              <p>Bus fares will rise in April for the first time in six years, the transport authority confirmed on Monday, blaming fuel.</p>
              <p>The old bridge will close for two weekends in May while engineers inspect the cables that hold up its central span.</p>
            </div>
            <p>The council will publish the detailed route in May, with maps of every stop and of the streets closed during the work.</p>
            <p>The route follows the river for three kilometres, crosses the old bridge on a new deck and ends at the hospital, where a park-and-ride site with six hundred spaces is planned.</p>
            <p>The regional government has promised to pay a third of the cost if the work starts before the end of next year, and the council expects the national grant to cover another third.</p>
            <p>Shops along the route will be compensated for the months of roadworks, and the council has set aside a fund for small businesses that lose more than a fifth of their turnover.</p>
            <p>Residents can comment on the plans at the town hall until the end of March, and the council will answer every written question in a report before the final vote.</p>
            </div></body></html>
            """;

        var article = new ArticleExtractor().Extract("https://courier.example/news/tram", page);

        Assert.Contains("Construction is expected to begin next spring", article.Body);
        Assert.Contains("The council will publish the detailed route", article.Body);
        Assert.DoesNotContain("Bus fares will rise", article.Body);
    }
}

public class FormPluginTests
{
    [Fact]
    public void A_contact_form_plugin_inside_the_article_container_is_not_read()
    {
        // Long enough (over 2500 characters) that no retry without the unlikely-name filter runs.
        var page = $$"""
            <html><head><title>Council backs tram extension</title></head><body>
            <div class="post"><h1>Council backs tram extension</h1>{{Fixtures.Paragraphs}}
            <p>The route follows the river for three kilometres, crosses the old bridge on a new deck and ends at the hospital, where a park-and-ride site with six hundred spaces is planned.</p>
            <p>The regional government has promised to pay a third of the cost if the work starts before the end of next year, and the council expects the national grant to cover another third.</p>
            <p>Shops along the route will be compensated for the months of roadworks, and the council has set aside a fund for small businesses that lose more than a fifth of their turnover.</p>
            <p>Residents can comment on the plans at the town hall until the end of March, and the council will answer every written question in a report before the final vote.</p>
            <p>The council will publish the detailed route in May, with maps of every stop, the trees that have to be felled and the streets that will be closed while the rails are laid.</p>
            <div class="gform_wrapper"><form>
              <div class="gfield"><p>This field is for validation purposes and should be left unchanged, so please do not fill it in at all.</p></div>
              <div class="gfield"><p>Tell us more about what you are looking for and which of our services would help your company most this year.</p></div>
            </form></div>
            </div></body></html>
            """;

        var article = new ArticleExtractor().Extract("https://courier.example/news/tram", page);

        Assert.Contains("The council will publish the detailed route", article.Body);
        Assert.DoesNotContain("This field is for validation purposes", article.Body);
    }
}
