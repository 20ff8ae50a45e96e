using AngleSharp.Css.Parser;
using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>Every parsed page shares one selector parser, so a selector is parsed once, not once a page.</summary>
public class SharedSelectorParserTests
{
    private const string Page = "<html><body><div class=\"a\"><p>One</p></div><div class=\"b\"><p>Two</p><p>Three</p></div></body></html>";

    [Fact]
    public void Two_pages_get_the_same_selector_parser()
    {
        var first = ArticleExtractor.Parse(Page, CancellationToken.None);
        var second = ArticleExtractor.Parse(Page, CancellationToken.None);

        Assert.Same(first.Context.GetService<ICssSelectorParser>(), second.Context.GetService<ICssSelectorParser>());
    }

    [Fact]
    public void A_selector_parsed_for_one_page_matches_on_others_from_many_threads()
    {
        var selectors = new[] { "div.b > p", "div.a p", "p:first-child", "div:not(.a) p:last-child" };
        var expected = new[] { 2, 1, 2, 1 };

        Parallel.For(0, 64, i =>
        {
            var doc = ArticleExtractor.Parse(Page, CancellationToken.None);
            for (var k = 0; k < selectors.Length; k++)
                Assert.Equal(expected[k], doc.QuerySelectorAll(selectors[k]).Length);
        });
    }
}
