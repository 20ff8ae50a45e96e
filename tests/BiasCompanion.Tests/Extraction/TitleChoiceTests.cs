using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>Headline choices a reader would call wrong (a heading from the text, furniture around the headline), on small pages written here.</summary>
public sealed class TitleChoiceTests
{
    private readonly ArticleExtractor extractor = new();

    private string? TitleOf(string head, string body, string url = "https://courier.example/news/tram") =>
        extractor.Extract(url, $"<!doctype html><html lang=\"en\"><head>{head}</head><body>{body}<article>{Fixtures.Paragraphs}</article></body></html>").Title;

    [Fact]
    public void AnH1InsideTheTextGivesWayToTheMetadataTitlePrintedAsAnH2()
    {
        var head = "<title>Why do riders love the tram? | Transit Notes</title>";
        var body = "<h2>Why do riders love the tram?</h2><p>Intro.</p><h1 id=\"love\">But what riders love is the quiet ride to the tram stop</h1>";

        Assert.Equal("Why do riders love the tram?", TitleOf(head, body));
        // Without the title printed as a heading, the page's one <h1> still wins over a rewritten metadata title.
        Assert.Equal("Riders love the quiet tram", TitleOf("<title>Why do riders love the quiet tram?</title>", "<h1>Riders love the quiet tram</h1>"));
    }

    [Fact]
    public void ADatePrintedInsideTheHeadingIsNotPartOfTheHeadline()
    {
        var body = "<h1><a href=\"/blog/tram\"><time datetime=\"2025-12-18\">Dec <span>18</span> 2025</time> Preparing the tram&nbsp;timetable</a></h1>";

        Assert.Equal("Preparing the tram timetable", TitleOf("<meta property=\"og:title\" content=\"Preparing the tram timetable\">", body));
        Assert.Equal("Preparing the tram timetable", TitleOf("", body));
    }
}
