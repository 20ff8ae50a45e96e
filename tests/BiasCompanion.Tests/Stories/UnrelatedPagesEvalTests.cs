using System.Text.Json;
using BiasCompanion.Host.Stories.Eval;

namespace BiasCompanion.Tests.Stories;

/// <summary>The false-join check: article pages of an extraction folder streamed as one feed, each its own story.</summary>
public sealed class UnrelatedPagesEvalTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), $"unrelated-eval-{Guid.NewGuid():N}");

    private static string Page(string title, string day, params string[] paragraphs) =>
        $"<!doctype html><html lang=\"en\"><head><title>{title}</title><meta property=\"article:published_time\" content=\"2025-03-{day}T08:00:00Z\"></head>"
        + $"<body><article><h1>{title}</h1>{string.Concat(paragraphs.Select(p => $"<p>{p}</p>"))}</article></body></html>";

    private static readonly string Tram = Page("Council approves tram line extension", "03",
        "The city council voted 31 to 12 on Tuesday to extend the northern tram line by four kilometres to the new hospital.",
        "Work on the tracks starts in spring and the first trams should run in 2028, the transport department said.",
        "Shop owners on Mill Road fear two years of roadworks; the council promised compensation for lost trade.");

    private static readonly string Seals = Page("Harbour seals return to the estuary", "05",
        "Volunteers counted 140 harbour seals on the sandbanks of the estuary this weekend, the most since counting began.",
        "Marine biologists credit cleaner water and a ban on jet skis near the pupping grounds for the recovery.",
        "Walkers are asked to keep dogs on leads and stay fifty metres from resting animals.");

    private static readonly string Bread = Page("Bakery wins regional bread contest", "07",
        "A family bakery from Eastford took first prize for its rye sourdough at the regional baking fair on Sunday.",
        "The judges praised the crust and the slow three-day fermentation the owners learned from their grandmother.",
        "The prize brings a stall at the national fair in October and a year of free flour from the sponsor mill.");

    private void Write(params (string Id, string Html)[] pages)
    {
        Directory.CreateDirectory(Path.Combine(dir, "pages"));
        var truth = pages.ToDictionary(p => p.Id, p => new { url = $"https://{p.Id}.example/a", isArticle = true });
        File.WriteAllText(Path.Combine(dir, "ground-truth.json"), JsonSerializer.Serialize(truth));
        foreach (var (id, html) in pages) File.WriteAllText(Path.Combine(dir, "pages", id + ".html"), html);
    }

    private (int Pages, int Stories, int FalseJoins) Run()
    {
        var output = new StringWriter();
        Assert.Equal(0, UnrelatedPagesEval.Run(["--data", dir, "--json"], output, TextWriter.Null));
        using var json = JsonDocument.Parse(output.ToString().TrimEnd().Split('\n')[^1]);
        var root = json.RootElement;
        return (root.GetProperty("pages").GetInt32(), root.GetProperty("stories").GetInt32(), root.GetProperty("falseJoins").GetInt32());
    }

    [Fact]
    public void Unrelated_pages_stay_apart_and_a_copy_counts_as_a_false_join()
    {
        Write(("aaaa00000001", Tram), ("aaaa00000002", Seals), ("aaaa00000003", Bread), ("aaaa00000004", Tram));

        Assert.Equal((4, 3, 1), Run());
    }

    [Fact]
    public void A_folder_without_ground_truth_is_a_usage_error()
    {
        var progress = new StringWriter();

        Assert.Equal(2, UnrelatedPagesEval.Run(["--data", dir], TextWriter.Null, progress));
        Assert.Contains(UnrelatedPagesEval.Usage, progress.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }
}
