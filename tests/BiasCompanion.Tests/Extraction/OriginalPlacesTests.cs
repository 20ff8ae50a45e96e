using AngleSharp.Html.Parser;
using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>Recorded places answer the same whether looked up by search or, after a few lookups, by index.</summary>
public class OriginalPlacesTests
{
    [Fact]
    public void Every_recorded_element_gives_its_place_before_and_after_the_index_is_built()
    {
        var doc = new HtmlParser().ParseDocument("<body>" + string.Concat(Enumerable.Range(0, 50).Select(i => $"<div><p>{i}</p></div>")) + "<span>unrecorded</span></body>");
        var places = new OriginalPlaces();
        var divs = doc.QuerySelectorAll("div").ToList();
        for (var i = 0; i < divs.Count; i++) places.Record(divs[i], doc.Body!, i + 1 < divs.Count ? divs[i + 1] : null);

        // Twice over: the first lookups search the list, the later ones go through the index.
        for (var round = 0; round < 2; round++)
            for (var i = 0; i < divs.Count; i++)
            {
                Assert.True(places.TryGet(divs[i], out var parent, out var next));
                Assert.Same(doc.Body, parent);
                Assert.Same(i + 1 < divs.Count ? divs[i + 1] : null, next);
            }
        Assert.False(places.TryGet(doc.QuerySelector("span")!, out _, out _));
    }

    [Fact]
    public void An_element_recorded_twice_gives_its_last_place()
    {
        var doc = new HtmlParser().ParseDocument("<body><div id=a></div><div id=b></div><p></p></body>");
        var (a, b, p) = (doc.GetElementById("a")!, doc.GetElementById("b")!, doc.QuerySelector("p")!);
        var places = new OriginalPlaces();
        places.Record(p, a, null);
        places.Record(p, b, null);

        Assert.True(places.TryGet(p, out var parent, out _));
        Assert.Same(b, parent);
    }
}
