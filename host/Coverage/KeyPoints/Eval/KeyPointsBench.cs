using System.Diagnostics;
using System.Globalization;
using BiasCompanion.Host.Stories.Eval;

namespace BiasCompanion.Host.Coverage.KeyPoints.Eval;

/// <summary>
/// <c>bench keypoints [--data FILE.jsonl] [--repeat N]</c>: key-point time per story against story size, on stories
/// built from a clustering file's articles (sides assigned in turn). The extractor reads at most the 40 earliest
/// articles × 12 sentences, so the time must flatten beyond 40 articles.
/// </summary>
public static class KeyPointsBench
{
    private static readonly int[] Sizes = [2, 5, 10, 20, 40, 80, 160, 320];

    public static Task<int> RunAsync(string[] args)
    {
        var options = EvalJsonl.Options(args);
        var data = options.GetValueOrDefault("data") ?? "../shared/data/clustering/giveme5w1h-dev.jsonl";
        if (!File.Exists(data))
        {
            Console.Error.WriteLine($"bench keypoints: no file {data} (pass --data FILE.jsonl)");
            return Task.FromResult(2);
        }
        var repeat = int.TryParse(options.GetValueOrDefault("repeat"), CultureInfo.InvariantCulture, out var r) ? Math.Max(1, r) : 7;
        var rows = EvalJsonl.Read<ClusteringRow>(data).Where(row => !string.IsNullOrWhiteSpace(row.Text)).ToList();
        string[] sides = ["left", "center", "right"];
        Console.WriteLine($"key points per story by story size ({Path.GetFileName(data)}, {rows.Count} articles; median of {repeat} runs)");
        Console.WriteLine("articles | sentences considered | points | median ms | max ms");
        foreach (var size in Sizes)
        {
            var sources = Enumerable.Range(0, size).Select(i =>
            {
                var row = rows[i % rows.Count];
                return new KeyPointSource(i, $"outlet-{i}", sides[i % 3], row.Title, null, row.Text, row.Lang ?? "en",
                    (row.Published ?? DateTimeOffset.UnixEpoch).AddMinutes(i));
            }).ToList();
            var result = KeyPointResult.Empty;
            var times = new List<double>();
            for (var run = 0; run < repeat; run++)
            {
                var watch = Stopwatch.StartNew();
                result = KeyPointExtractor.Extract(sources);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,8} | {result.SentencesConsidered,20} | {result.Points.Count,6} | {times[times.Count / 2],9:F1} | {times[^1],6:F1}"));
        }
        return Task.FromResult(0);
    }
}
