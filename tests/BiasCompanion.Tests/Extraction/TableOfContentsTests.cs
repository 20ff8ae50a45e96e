using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

public class TableOfContentsTests
{
    [Fact]
    public void A_list_of_links_to_the_articles_own_sections_goes_with_its_title()
    {
        var content = Fixtures.Content($"""
            <div class="toc"><p>Table of Contents</p><ul><li><a href="#plan">Planning</a></li><li><a href="#cost">Costs</a></li><li><a href="#next">Next steps</a></li></ul></div>
            <h2 id="plan">Planning</h2>{Fixtures.Paragraphs}
            """);

        TableOfContents.Remove(content);

        Assert.DoesNotContain("Table of Contents", content.TextContent);
        Assert.DoesNotContain("Next steps", content.TextContent);
        Assert.Contains("Planning", content.TextContent);
        Assert.Contains("Construction is expected to begin next spring", content.TextContent);
    }

    [Theory]
    [InlineData("In this article")]
    [InlineData("On this page:")]
    [InlineData("Contents")]
    public void A_contents_title_left_without_its_list_goes(string title)
    {
        var content = Fixtures.Content($"<h3>{title}</h3>{Fixtures.Paragraphs}");

        TableOfContents.Remove(content);

        Assert.DoesNotContain(title.TrimEnd(':'), content.TextContent);
        Assert.Contains("The city council voted", content.TextContent);
    }

    [Fact]
    public void Lists_linking_elsewhere_and_sentences_mentioning_contents_stay()
    {
        var content = Fixtures.Content("""
            <ul><li><a href="/guides/plan">Planning</a></li><li><a href="/guides/cost">Costs</a></li><li><a href="/guides/next">Next steps</a></li></ul>
            <p>The contents of the report were leaked on Monday.</p>
            <ol><li>Read the <a href="#fn1">first note</a> before you begin digging the beds for the season.</li><li>See <a href="#fn2">note</a>.</li><li><a href="#fn3">3</a> more.</li></ol>
            """);

        TableOfContents.Remove(content);

        Assert.Contains("Next steps", content.TextContent);
        Assert.Contains("The contents of the report", content.TextContent);
        Assert.Contains("before you begin digging", content.TextContent);
    }
}
