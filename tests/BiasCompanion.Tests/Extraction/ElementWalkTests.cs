using AngleSharp.Html.Parser;
using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>The element walk stands in for AngleSharp's document.All: it must give the same elements in the same order.</summary>
public class ElementWalkTests
{
    [Fact]
    public void The_element_walk_gives_document_All_in_its_order()
    {
        var doc = new HtmlParser().ParseDocument(Fixtures.MixedNodes);

        Assert.Equal(doc.All.ToList(), ElementWalk.All(doc).ToList());
    }
}
