using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>The parse leaves out attributes nothing reads, and keeps every one something does.</summary>
public class UnreadAttributesTests
{
    private const string Page = """
        <html><body>
        <div id="post" class="entry" style="display:none" hidden role="main" aria-hidden="true" data-track="x" onclick="go()">
          <span class="date" data-date="2024-05-01">1 May</span>
          <div id="data-preloaded" data-preloaded="{&quot;a&quot;:1}"></div>
          <a href="/a" rel="author" itemprop="author" data-id="7" onmouseover="x()">Jane</a>
          <svg viewBox="0 0 10 10" class="icon"><path d="M0 0L10 10" fill="red" stroke="blue"/></svg>
          <img src="a.gif" data-src="photo.jpg" data-srcset="photo-2x.jpg 2x" onload="y()">
          <details open><summary>More</summary>Text</details>
        </div></body></html>
        """;

    [Fact]
    public void Script_hooks_and_drawing_instructions_are_left_out()
    {
        var doc = ArticleExtractor.Parse(Page, CancellationToken.None);

        var div = doc.GetElementById("post")!;
        Assert.False(div.HasAttribute("data-track"));
        Assert.False(div.HasAttribute("onclick"));
        Assert.False(doc.QuerySelector("a")!.HasAttribute("data-id"));
        Assert.False(doc.QuerySelector("a")!.HasAttribute("onmouseover"));
        Assert.False(doc.QuerySelector("path")!.HasAttribute("d"));
        Assert.False(doc.QuerySelector("path")!.HasAttribute("fill"));
        Assert.False(doc.QuerySelector("svg")!.HasAttribute("viewBox"));
    }

    [Fact]
    public void What_the_metadata_visibility_and_link_rules_read_stays()
    {
        var doc = ArticleExtractor.Parse(Page, CancellationToken.None);

        var div = doc.GetElementById("post")!;
        foreach (var name in new[] { "id", "class", "style", "hidden", "role", "aria-hidden" }) Assert.True(div.HasAttribute(name), name);
        Assert.Equal("2024-05-01", doc.QuerySelector(".date")!.GetAttribute("data-date"));
        Assert.Equal("""{"a":1}""", doc.GetElementById("data-preloaded")!.GetAttribute("data-preloaded"));
        var link = doc.QuerySelector("a")!;
        Assert.Equal("/a", link.GetAttribute("href"));
        Assert.Equal("author", link.GetAttribute("rel"));
        Assert.Equal("author", link.GetAttribute("itemprop"));
        Assert.Equal("icon", doc.QuerySelector("svg")!.GetAttribute("class"));
        Assert.True(doc.QuerySelector("details")!.HasAttribute("open"));
    }

    [Fact]
    public void An_image_keeps_every_attribute_as_SmartReader_reads_them_for_lazy_loading()
    {
        var img = ArticleExtractor.Parse(Page, CancellationToken.None).QuerySelector("img")!;

        Assert.Equal("photo.jpg", img.GetAttribute("data-src"));
        Assert.Equal("photo-2x.jpg 2x", img.GetAttribute("data-srcset"));
        Assert.Equal("y()", img.GetAttribute("onload"));
    }
}
