using AngleSharp.Html.Parser;
using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>Text read without building it must be AngleSharp's TextContent, or its length.</summary>
public class TextLengthTests
{
    [Fact]
    public void Text_length_is_the_length_of_TextContent_for_every_element()
    {
        var doc = new HtmlParser().ParseDocument(Fixtures.MixedNodes);

        foreach (var element in doc.All)
            Assert.Equal(element.TextContent.Length, TextLength.Of(element));
    }

    [Fact]
    public void Short_text_is_TextContent_below_the_limit_and_null_from_it()
    {
        var doc = new HtmlParser().ParseDocument(Fixtures.MixedNodes);

        foreach (var element in doc.All)
        {
            var text = element.TextContent;
            Assert.Equal(text, TextLength.ShortText(element, text.Length + 1));
            Assert.Null(TextLength.ShortText(element, text.Length));
        }
    }

    [Fact]
    public void Text_deeper_than_the_recursion_is_still_read_in_document_order()
    {
        var html = "<body>" + string.Concat(Enumerable.Range(0, 300).Select(i => $"<span>{i % 10}")) + "</body>";
        var body = new HtmlParser().ParseDocument(html).Body!;

        Assert.Equal(300, TextLength.Of(body));
        Assert.Equal(body.TextContent, TextLength.ShortText(body, 1000));
        Assert.StartsWith("0123456789012", TextLength.ShortText(body, 1000));
    }
}
