using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

public sealed class HeadingTextTests
{
    private static string TextOf(string h1Html) =>
        HeadingText.Of(new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<body>{h1Html}</body>").QuerySelector("h1")!);

    [Theory]
    [InlineData("<h1>Tram <em>line</em> opens</h1>", "Tram line opens")]
    [InlineData("<h1>Top tram passes (2025)<br>Your guide to the network</h1>", "Top tram passes (2025)\nYour guide to the network")]
    [InlineData("<h1>The Best Tram Passes<span class=\"block\">Top picks for riders</span></h1>", "The Best Tram Passes\nTop picks for riders")]
    [InlineData("<h1><div>Night trams</div><div>return</div></h1>", "Night trams\nreturn")]
    [InlineData("<h1><time datetime=\"2025-12-18\">Dec <span>18</span> 2025</time> Night trams return</h1>", "Night trams return")]
    [InlineData("<h1><svg><title>Courier</title></svg> Night trams return</h1>", "Night trams return")]
    [InlineData("<h1>Mc<span>Intyre</span> line opens</h1>", "McIntyre line opens")]
    [InlineData("<h1><span class=\"label label--red\">Question</span><span class=\"label-append\">&nbsp;</span>Which tram pass is best?</h1>", "Which tram pass is best?")]
    [InlineData("<h1>Night trams return<x-actions hidden><button>Save</button> Keep pages in collections</x-actions></h1>", "Night trams return")]
    public void ReadsTheHeadingLineByLineWithoutDatesOrIconTitles(string html, string expected) => Assert.Equal(expected, TextOf(html));
}
