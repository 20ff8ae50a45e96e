using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>Noscript content goes before the parse, as a browser that runs scripts would never read it as markup.</summary>
public class NoscriptContentTests
{
    [Fact]
    public void A_noscripts_content_goes_and_its_tags_stay()
    {
        var html = """<head><noscript><style>.lazy{display:none}</style></noscript></head><body><noscript><iframe src="https://tags.example/ns"></iframe></noscript><p>Text</p></body>""";

        Assert.Equal("<head><noscript></noscript></head><body><noscript></noscript><p>Text</p></body>", NoscriptContent.Empty(html));
    }

    [Fact]
    public void A_self_closed_iframe_in_a_noscript_does_not_swallow_the_article()
    {
        var tagManager = """<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-X" height="0" width="0" /></noscript>""";
        var page = Fixtures.Article("Council approves the harbour plan").Replace("<body>", "<body>" + tagManager, StringComparison.Ordinal);

        var article = new ArticleExtractor().Extract("https://news.example/2024/05/harbour-plan", page);

        Assert.Null(article.Error);
        Assert.Contains("Council approves the harbour plan", article.Title, StringComparison.Ordinal);
        Assert.Contains("the first trams could run on the extended route", article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<script>document.write("<noscript>keep</noscript>")</script><p>x</p>""")]
    [InlineData("""<!-- <noscript>keep</noscript> --><p>x</p>""")]
    [InlineData("""<textarea><noscript>keep</noscript></textarea>""")]
    [InlineData("""<p>No noscript at all</p>""")]
    [InlineData("""<noscript></noscript><p>Already empty</p>""")]
    public void Noscript_text_inside_scripts_comments_and_other_raw_text_is_left_alone(string html)
    {
        Assert.Same(html, NoscriptContent.Empty(html));
    }

    [Theory]
    [InlineData("""<noscript><img src="photo.jpg" alt="The harbour"></noscript>""")]
    [InlineData("""<noscript> <IMG src="photo.jpg" /> </noscript>""")]
    public void A_lone_image_stays_for_SmartReader_to_swap_in_for_its_placeholder(string html)
    {
        Assert.Same(html, NoscriptContent.Empty(html));
    }

    [Fact]
    public void An_image_with_anything_else_goes()
    {
        Assert.Equal("<noscript></noscript>", NoscriptContent.Empty("""<noscript><img src="a.jpg"><iframe src="b"/></noscript>"""));
        Assert.Equal("<noscript></noscript>", NoscriptContent.Empty("""<noscript><imgx src="a.jpg"></noscript>"""));
    }

    [Fact]
    public void An_unclosed_noscript_runs_to_the_end_of_the_page_as_a_browser_reads_it()
    {
        Assert.Equal("<p>Kept</p><NOSCRIPT class=\"x\">", NoscriptContent.Empty("<p>Kept</p><NOSCRIPT class=\"x\"><p>Never shown</p>"));
    }

    [Fact]
    public void A_page_of_unclosed_tags_is_scanned_in_one_pass()
    {
        var html = "<noscript>a</noscript>" + string.Concat(Enumerable.Repeat("<a", 200_000));

        Assert.Equal("<noscript></noscript>" + html[22..], NoscriptContent.Empty(html));
    }
}
