using AngleSharp.Html.Parser;
using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

public class LongerRetryTests
{
    // An article written as sibling sections, a heading and a body of short paragraphs each (AsciiDoc's layout), whose
    // first sections carry a class word SmartReader reads as unlikely content: its first pass drops them and takes the
    // last section alone, which passes its 1000-character threshold. Without that filter (its second attempt) the
    // whole article wins.
    private static string Section(string heading, string sectionClass, IEnumerable<string> sentences) =>
        $"<div class=\"{sectionClass}\"><h2>{heading}</h2><div class=\"sectionbody\">"
        + string.Concat(sentences.Select(s => $"<div class=\"paragraph\"><p>{s}</p></div>")) + "</div></div>";

    private static readonly string[] Status =
    [
        "The backend lets the existing compiler frontend emit code through another code generator and its many targets.",
        "It is not a new frontend because the parser and the type checker and the borrow checker are shared with the compiler.",
        "Many patches were sent for review this month and most of them add small features the code generator was missing.",
        "The test suite now passes on two more architectures and the remaining failures are tracked in the project issues.",
        "Cross-compiling the compiler itself is the current focus and it needed a few changes on the compiler side as well.",
        "Link-time optimisation now works for the standard library and the build is about a fifth faster than last month.",
        "Debug information is emitted for most items now so that stepping through generated code works in the usual tools.",
        "The next big step is to run the full test suite of the standard library on every platform the backend supports.",
    ];

    private static readonly string[] Thanks = Enumerable.Range(1, 15)
        .Select(i => $"Thank you to sponsor number {i} for the support that keeps this work going.").ToArray();

    private static readonly string Page = "<html><head><title>Progress report</title></head><body><div id=\"container\"><main><article id=\"post-page\">"
        + "<h2>Compiler backend: progress report</h2><div class=\"content\">"
        + Section("What is new", "sect1 extra-notes", Status[..4])
        + Section("Status", "sect1 extra-notes", Status[4..])
        + Section("Thanks for your support!", "sect1", Thanks)
        + "</div></article></main></div></body></html>";

    [Fact]
    public void A_short_first_pick_gives_way_to_a_retry_that_reads_twice_as_much()
    {
        var article = new ArticleExtractor().Extract("https://blog.example/report-39", Page);

        Assert.Contains("Many patches were sent for review", article.Body);
        Assert.Contains("The next big step is to run the full test suite", article.Body);
        Assert.Contains("Thank you to sponsor number 15", article.Body);
    }

    [Fact]
    public void Without_a_fresh_copy_of_the_page_the_first_pick_stands()
    {
        var (body, _) = BodyExtractor.Extract(new HtmlParser().ParseDocument(Page), "https://blog.example/report-39");

        Assert.Contains("Thank you to sponsor number 15", body);
        Assert.DoesNotContain("Many patches were sent for review", body);
    }

    [Fact]
    public void The_retry_is_kept_only_when_it_finds_much_more_text()
    {
        var doc = new HtmlParser().ParseDocument(Page);
        var result = BodyExtractor.Extract(doc, "https://blog.example/report-39", () => new HtmlParser().ParseDocument(Page));

        Assert.Contains("Many patches were sent for review", result.Text);
        Assert.DoesNotContain("Many patches were sent for review", result.FirstPassText);
        Assert.True(result.Text.Length >= 1.5 * result.FirstPassText.Length);
    }

    [Fact]
    public void A_retry_that_adds_only_a_little_is_not_kept()
    {
        var page = "<html><head><title>Progress report</title></head><body><div id=\"container\"><main><article id=\"post-page\">"
            + "<h2>Compiler backend: progress report</h2><div class=\"content\">"
            + Section("What is new", "sect1 extra-notes", Status[..2])
            + Section("Thanks for your support!", "sect1", Thanks)
            + "</div></article></main></div></body></html>";

        var result = BodyExtractor.Extract(new HtmlParser().ParseDocument(page), "https://blog.example/report-39", () => new HtmlParser().ParseDocument(page));

        Assert.Equal(result.FirstPassText, result.Text);
        Assert.Contains("Thank you to sponsor number 15", result.Text);
        Assert.DoesNotContain("It is not a new frontend", result.Text);
    }
}
