using System.Text.Json;
using BiasCompanion.Host.Cli;
using BiasCompanion.Host.Coverage.KeyPoints.Eval;
using BiasCompanion.Tests.Infrastructure;

namespace BiasCompanion.Tests.Coverage.KeyPoints;

public class KeyPointsEvalTests
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

    private static JsonElement LastJson(StringWriter output)
    {
        using var json = JsonDocument.Parse(output.ToString().TrimEnd().Split('\n')[^1]);
        return json.RootElement.Clone();
    }

    [Fact]
    public void The_eval_scores_a_hand_written_set_and_prints_its_json_shape()
    {
        using var dir = new TempDataDir();
        var file = Path.Combine(dir.Path, "bridge.jsonl");
        // Two gold stories: the bridge story from four sites (two known outlets), and a one-article story that is skipped.
        var sites = new[] { "https://www.theguardian.com/uk/a", "https://leftdaily.example/b", "https://www.reuters.com/c", "https://www.foxnews.com/d" };
        var rows = BridgeStory.Sources().Select((s, i) => JsonSerializer.Serialize(new
        {
            id = $"b{i}", lang = "en", title = s.Title, text = string.Join("\n", new[] { s.Lead, s.Body }.Where(t => t is not null)),
            date = s.Time.ToString("O"), source = new Uri(sites[i]).Host, url = sites[i], cluster = "bridge",
        })).Append(JsonSerializer.Serialize(new { id = "x", lang = "en", title = "Alone", text = "Only one article tells this.", cluster = "alone" }));
        File.WriteAllLines(file, rows);
        var output = new StringWriter();

        var code = KeyPointsEval.Run(["--data", file, "--json"], output, TextWriter.Null);

        Assert.Equal(0, code);
        var root = LastJson(output);
        Assert.Equal(1, root.GetProperty("stories").GetInt32());
        Assert.Equal(1, root.GetProperty("storiesWithPoints").GetInt32());
        Assert.InRange(root.GetProperty("pointsPerStory").GetDouble(), 3, 5);
        Assert.InRange(root.GetProperty("maxPairSimilarity").GetDouble(), 0, 0.25);
        Assert.Equal(1.0, root.GetProperty("coverage").GetDouble());
        Assert.Equal(1, root.GetProperty("multiSideStories").GetInt32()); // guardian left, reuters center, fox right, one unrated
        Assert.InRange(root.GetProperty("multiSideSupportRate").GetDouble(), 0.5, 1);
        Assert.True(root.GetProperty("p95Ms").GetDouble() >= root.GetProperty("meanMs").GetDouble() * 0.5);
    }

    [Fact]
    public async Task The_eval_is_registered_and_refuses_a_missing_file()
    {
        Assert.Equal(2, await EvalCommand.RunAsync(["keypoints", "--data", "/nonexistent/file.jsonl"]));
    }

    [SkippableFact]
    public void On_basil_dev_every_story_gets_non_redundant_points_most_sides_share()
    {
        var data = ClusteringData();
        Skip.If(data is null, "shared/data/clustering not found next to the repository: dataset-backed eval test skipped");
        var output = new StringWriter();

        var code = KeyPointsEval.Run(["--data", Path.Combine(data!, "basil-dev.jsonl"), "--json"], output, TextWriter.Null);

        Assert.Equal(0, code);
        var root = LastJson(output);
        Assert.Equal(50, root.GetProperty("stories").GetInt32());
        Assert.Equal(50, root.GetProperty("storiesWithPoints").GetInt32());
        Assert.True(root.GetProperty("maxPairSimilarity").GetDouble() < 0.25);
        Assert.True(root.GetProperty("coverage").GetDouble() >= 0.9);
        Assert.True(root.GetProperty("multiSideSupportRate").GetDouble() >= 0.6);
    }
}
