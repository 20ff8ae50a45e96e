using System.Text.Json;
using BiasCompanion.Host.Extraction;
using BiasCompanion.Host.Extraction.Eval;

namespace BiasCompanion.Tests.Extraction;

public sealed class ExtractionEvalTests
{
    /// <summary>../shared/data/extraction/readability-pages, found by walking up from the test assembly.</summary>
    private static string? DevSet()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "extraction", "readability-pages");
            if (File.Exists(Path.Combine(candidate, "ground-truth.json"))) return candidate;
        }
        return null;
    }

    [SkippableFact]
    public void EvalOnTwentyDevPagesPrintsTheJsonShapeAndAGoodF1()
    {
        var data = DevSet();
        Skip.If(data is null, "shared/data/extraction/readability-pages not found next to the repository; the eval test needs the dev data");
        var outFile = Path.Combine(Path.GetTempPath(), $"extraction-eval-{Guid.NewGuid():N}.json");
        try
        {
            var options = ExtractionEvalOptions.Parse(["--data", data!, "--limit", "20", "--out", outFile, "--json", "--cold"], out var error);
            Assert.Null(error);
            var report = ExtractionEval.Run(options!, TextWriter.Null);

            using var json = JsonDocument.Parse(report.ToJson());
            var root = json.RootElement;
            Assert.Equal(20, root.GetProperty("pages").GetInt32());
            var body = root.GetProperty("body");
            foreach (var name in new[] { "precision", "recall", "f1" }) Assert.InRange(body.GetProperty(name).GetDouble(), 0, 1);
            Assert.True(body.GetProperty("f1").GetDouble() > 0.9, $"F1 {body.GetProperty("f1").GetDouble()}");
            Assert.True(root.GetProperty("title").GetProperty("n").GetInt32() > 0);
            Assert.True(root.GetProperty("pagesPerSecond").GetDouble() > 0);
            string[] order = ["pages", "body", "title", "published", "byline", "isArticle", "pagesPerSecond"];
            var names = root.EnumerateObject().Select(p => p.Name).ToArray();
            Assert.Equal(order.Where(names.Contains).ToArray(), names);
            Assert.Contains("isArticle", names);

            using var written = JsonDocument.Parse(File.ReadAllText(outFile));
            var first = written.RootElement.EnumerateObject().First().Value;
            foreach (var name in new[] { "title", "byline", "published", "body", "isArticle", "error" }) Assert.True(first.TryGetProperty(name, out _), name);
            Assert.Equal(20, written.RootElement.EnumerateObject().Count());
        }
        finally
        {
            File.Delete(outFile);
        }
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void SpeedIsMeasuredAfterTheHostsWarmUpUnlessCold(bool baseline)
    {
        var data = DevSet();
        Skip.If(data is null, "shared/data/extraction/readability-pages not found next to the repository; the eval test needs the dev data");
        string[] args = ["--data", data!, "--limit", "1", .. baseline ? new[] { "--baseline" } : []];
        var progress = new StringWriter();

        ExtractionEval.Run(ExtractionEvalOptions.Parse(args, out _)!, progress);
        var cold = new StringWriter();
        ExtractionEval.Run(ExtractionEvalOptions.Parse([.. args, "--cold"], out _)!, cold);

        Assert.Contains($"warmed up on {6 * ExtractionOptions.RecommendedWarmUpRounds} generated pages", progress.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("warmed up", cold.ToString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void With_rounds_each_page_is_timed_that_many_times_and_scored_once()
    {
        var data = DevSet();
        Skip.If(data is null, "shared/data/extraction/readability-pages not found next to the repository; the eval test needs the dev data");
        string[] args = ["--data", data!, "--limit", "3", "--cold", "--json"];
        var once = ExtractionEval.Run(ExtractionEvalOptions.Parse(args, out _)!, TextWriter.Null);
        var options = ExtractionEvalOptions.Parse([.. args, "--rounds", "2"], out _)!;

        var twice = ExtractionEval.Run(options, TextWriter.Null);

        Assert.Equal(once.ToJson().Split("\"pagesPerSecond\"")[0], twice.ToJson().Split("\"pagesPerSecond\"")[0]);
        Assert.Equal(3, twice.Pages);
        Assert.Contains("fastest of 2 runs", twice.ToTable(options), StringComparison.Ordinal);
        Assert.DoesNotContain("fastest of", once.ToTable(ExtractionEvalOptions.Parse(args, out _)!), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Versus_baseline_times_plain_SmartReader_on_the_same_pages_and_keeps_our_scores()
    {
        var data = DevSet();
        Skip.If(data is null, "shared/data/extraction/readability-pages not found next to the repository; the eval test needs the dev data");
        string[] args = ["--data", data!, "--limit", "3", "--cold"];
        var ours = ExtractionEval.Run(ExtractionEvalOptions.Parse(args, out _)!, TextWriter.Null);
        var options = ExtractionEvalOptions.Parse([.. args, "--versus-baseline"], out _)!;

        var versus = ExtractionEval.Run(options, TextWriter.Null);

        Assert.Null(ours.Versus);
        Assert.Equal(ours.ToJson().Split("\"pagesPerSecond\"")[0], versus.ToJson().Split("\"pagesPerSecond\"")[0]);
        Assert.True(versus.Versus!.BaselineMedianMs > 0);
        Assert.InRange(versus.Versus.OursFasterShare, 0, 1);
        Assert.Contains("versus     plain SmartReader", versus.ToTable(options), StringComparison.Ordinal);
    }

    [Fact]
    public void Versus_baseline_compares_each_pages_times_and_rejects_a_baseline_run()
    {
        var v = SpeedVersus.Of([2, 6, 3], [4, 3, 3]);

        Assert.Equal(3, v.BaselineMedianMs);
        Assert.Equal(1, v.MedianRatio);
        Assert.Equal(1 / 3.0, v.OursFasterShare, 6);
        var dir = Directory.CreateTempSubdirectory("eval-versus-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "ground-truth.json"), "{}");
            Assert.Null(ExtractionEvalOptions.Parse(["--data", dir.FullName, "--baseline", "--versus-baseline"], out var error));
            Assert.Contains("nothing to compare", error, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("11")]
    [InlineData("two")]
    public void Rounds_outside_one_to_ten_are_a_usage_error(string rounds)
    {
        var dir = Directory.CreateTempSubdirectory("eval-rounds-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "ground-truth.json"), "{}");
            Assert.Null(ExtractionEvalOptions.Parse(["--data", dir.FullName, "--rounds", rounds], out var error));
            Assert.Contains("--rounds", error, StringComparison.Ordinal);
            Assert.Equal(3, ExtractionEvalOptions.Parse(["--data", dir.FullName, "--rounds", "3"], out _)?.Rounds);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void MissingDataDirIsAUsageError()
    {
        Assert.Null(ExtractionEvalOptions.Parse(["--json"], out var error));
        Assert.Contains("--data", error, StringComparison.Ordinal);
        Assert.Null(ExtractionEvalOptions.Parse(["--data", "/nonexistent/dir"], out error));
    }
}
