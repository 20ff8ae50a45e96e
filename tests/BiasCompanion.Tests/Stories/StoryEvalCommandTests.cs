using System.Text.Json;
using BiasCompanion.Host.Stories.Eval;

namespace BiasCompanion.Tests.Stories;

/// <summary>The eval commands on the shared dev data (skipped when ../shared/data is not next to the repo).</summary>
public class StoryEvalCommandTests
{
    private static string? ClusteringData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "clustering");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    [SkippableFact]
    public void Clustering_eval_prints_the_json_shape_and_clears_an_f1_floor_on_basil_dev()
    {
        var data = ClusteringData();
        Skip.If(data is null, "shared/data/clustering not found next to the repository: dataset-backed eval test skipped");
        var output = new StringWriter();
        var outFile = Path.GetTempFileName();
        try
        {
            var code = ClusteringEval.Run(["--data", Path.Combine(data!, "basil-dev.jsonl"), "--json", "--out", outFile], output, TextWriter.Null);

            Assert.Equal(0, code);
            var last = output.ToString().TrimEnd().Split('\n')[^1];
            using var json = JsonDocument.Parse(last);
            var root = json.RootElement;
            Assert.Equal(150, root.GetProperty("articles").GetInt32());
            Assert.Equal(50, root.GetProperty("clusters").GetProperty("gold").GetInt32());
            Assert.True(root.GetProperty("clusters").GetProperty("predicted").GetInt32() > 0);
            foreach (var part in new[] { "pairwise", "bcubed" })
                foreach (var field in new[] { "precision", "recall", "f1" })
                    Assert.InRange(root.GetProperty(part).GetProperty(field).GetDouble(), 0, 1);
            Assert.True(root.GetProperty("pairwise").GetProperty("f1").GetDouble() >= 0.9, last);
            Assert.True(root.GetProperty("articlesPerSecond").GetDouble() > 0);
            Assert.Equal(150, File.ReadAllLines(outFile).Length);
        }
        finally
        {
            File.Delete(outFile);
        }
    }

    [SkippableFact]
    public void Pairs_eval_prints_correlations_per_language_pair()
    {
        var data = ClusteringData();
        Skip.If(data is null, "shared/data/clustering not found next to the repository: dataset-backed eval test skipped");
        var output = new StringWriter();

        var code = PairsEval.Run(["--data", Path.Combine(data!, "pairs-dev.jsonl"), "--json"], output, TextWriter.Null);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output.ToString().TrimEnd().Split('\n')[^1]);
        var root = json.RootElement;
        Assert.Equal(732, root.GetProperty("pairs").GetInt32());
        Assert.True(root.GetProperty("pearson").GetDouble() >= 0.65);
        var english = root.GetProperty("byLanguage").GetProperty("en-en");
        Assert.Equal(183, english.GetProperty("n").GetInt32());
        Assert.True(english.GetProperty("pearson").GetDouble() >= 0.8);
    }
}
