using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>One scan of a page's tags before parsing serves both the depth bound and the noscript emptying.</summary>
public class PageTagsTests
{
    [Fact]
    public void One_pass_over_the_tags_gives_both_the_depth_and_the_emptied_noscripts()
    {
        var html = "<div><section><noscript><div><div><div>x</div></div></div></noscript><p>kept</p></section></div>";

        var (prepared, depth) = PageTags.Read(html, int.MaxValue, emptyNoscripts: true);

        Assert.Equal("<div><section><noscript></noscript><p>kept</p></section></div>", prepared);
        Assert.Equal(2, depth);
        Assert.Equal(depth, OpenTagDepth.Max(html, int.MaxValue));
        Assert.Equal(prepared, NoscriptContent.Empty(html));
        Assert.Same(html, PageTags.Read(html, int.MaxValue, emptyNoscripts: false).Html);
    }

    [Fact]
    public void The_pass_stops_at_the_first_depth_past_its_bound()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 50)) + "<noscript><p>x</p></noscript>";

        Assert.Equal(11, PageTags.Read(html, 10, emptyNoscripts: true).Depth);
    }
}
