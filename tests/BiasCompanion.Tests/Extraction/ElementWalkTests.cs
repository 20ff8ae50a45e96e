using AngleSharp.Html.Parser;
using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>The element walk stands in for AngleSharp's document.All: it must give the same elements in the same order.</summary>
public class ElementWalkTests
{
    private const string Page = """
        <html><head><title>T</title><script>var a = "<p>";</script><style>p{}</style></head><body>
        <div id="a"> Lead <b>bold <i>deep</i></b><!-- a comment --> tail
          <ul><li>one</li><li>two <a href="#x">link</a></li></ul>
          <svg><text>drawn</text></svg><template><p>inert</p></template>
          <p></p><span> </span><p>Café – “quoted”</p>
        </div><div id="b"><img src="x.png"><br></div></body></html>
        """;

    [Fact]
    public void The_element_walk_gives_document_All_in_its_order()
    {
        var doc = new HtmlParser().ParseDocument(Page);

        Assert.Equal(doc.All.ToList(), ElementWalk.All(doc).ToList());
    }
}
