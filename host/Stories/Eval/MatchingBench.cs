using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BiasCompanion.Host.Storage;

namespace BiasCompanion.Host.Stories.Eval;

/// <summary>
/// <c>bench matching [--data DIR] [--articles 10000,100000] [--json]</c>: streams a synthetic corpus built from the
/// clustering dev files (repeated with dates shifted by 20 years per pass and fresh ids) through the real store and
/// matcher, and prints throughput, per-article latency percentiles and memory.
/// </summary>
public static class MatchingBench
{
    private static readonly string[] Files = ["allsides-dev", "basil-dev", "ecbplus-dev", "giveme5w1h-dev", "neus-train"];

    public static Task<int> RunAsync(string[] args) => Task.FromResult(Run(args, Console.Out, Console.Error));

    public static int Run(string[] args, TextWriter output, TextWriter progress)
    {
        var options = EvalJsonl.Options(args);
        var dataDir = options.GetValueOrDefault("data") ?? Path.Combine("..", "shared", "data", "clustering");
        var sizes = (options.GetValueOrDefault("articles") ?? "10000,100000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var paths = Files.Select(f => Path.Combine(dataDir, f + ".jsonl")).ToList();
        if (paths.Any(p => !File.Exists(p)))
        {
            progress.WriteLine($"usage: bench matching --data DIR (needs {string.Join(", ", Files)}.jsonl in {dataDir})");
            return 2;
        }
        // One pass: every dev article in date order; undated ones follow, a minute apart, after the last dated one.
        var rows = paths.SelectMany(EvalJsonl.Read<ClusteringRow>).ToList();
        var dated = rows.Where(r => r.Published is not null).OrderBy(r => r.Published).ToList();
        var last = dated[^1].Published!.Value;
        var pass = dated.Select(r => (Row: r, Time: r.Published!.Value))
            .Concat(rows.Where(r => r.Published is null).Select((r, i) => (Row: r, Time: last.AddMinutes(i + 1))))
            .ToList();
        progress.WriteLine($"bench matching: one pass = {pass.Count} dev articles; passes shifted by 20 years");

        var results = new List<object>();
        double? baseCost = null;
        foreach (var size in sizes)
        {
            var r = RunOne(pass, size, progress);
            baseCost ??= r.MeanMs;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,7} articles: {r.PerSecond,7:F0} art/s matching | latency p50 {r.P50Ms:F2} ms p99 {r.P99Ms:F2} ms mean {r.MeanMs:F3} ms ({r.MeanMs / baseCost.Value:F2}x the first size) | store insert {r.StoreMs:F2} ms/art | active stories {r.Active} | managed heap {r.HeapMb:F0} MB, peak working set {r.PeakMb:F0} MB"));
            results.Add(new { articles = size, articlesPerSecond = Math.Round(r.PerSecond, 1), p50Ms = Math.Round(r.P50Ms, 3), p99Ms = Math.Round(r.P99Ms, 3),
                meanMs = Math.Round(r.MeanMs, 4), costRatio = Math.Round(r.MeanMs / baseCost.Value, 3), storeMsPerArticle = Math.Round(r.StoreMs, 3),
                activeStories = r.Active, heapMb = Math.Round(r.HeapMb, 1), peakWorkingSetMb = Math.Round(r.PeakMb, 1) });
        }
        if (options.ContainsKey("json")) output.WriteLine(JsonSerializer.Serialize(new { bench = "matching", runs = results }));
        return 0;
    }

    private sealed record Run1(double PerSecond, double P50Ms, double P99Ms, double MeanMs, double StoreMs, int Active, double HeapMb, double PeakMb);

    private static Run1 RunOne(List<(ClusteringRow Row, DateTimeOffset Time)> pass, int size, TextWriter progress)
    {
        var dir = Path.Combine(Path.GetTempPath(), "biascompanion-bench", Guid.NewGuid().ToString("N"));
        try
        {
            var database = SqliteDatabase.InFolder(dir);
            database.Initialize();
            var store = new ArticleStore(database, TimeProvider.System);
            using var matcher = new StoryMatcher(database, TimeProvider.System);
            var latencies = new double[size];
            var storeWatch = new Stopwatch();
            var total = Stopwatch.StartNew();
            for (var i = 0; i < size; i++)
            {
                var passIndex = i / pass.Count;
                var (row, time) = pass[i % pass.Count];
                storeWatch.Start();
                var stored = store.Upsert(new StoredArticle
                {
                    Url = $"https://bench.invalid/{passIndex}/{row.Id}",
                    CanonicalUrl = $"https://bench.invalid/{passIndex}/{row.Id}",
                    OutletDomain = row.Source ?? "unknown",
                    Title = row.Title,
                    Body = row.Text ?? "",
                    Language = row.Lang,
                    PublishedAt = time.AddYears(20 * passIndex),
                });
                storeWatch.Stop();
                var start = Stopwatch.GetTimestamp();
                matcher.Match(MatchInputs.FromStored(stored));
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if ((i + 1) % 10_000 == 0)
                    progress.WriteLine($"  {i + 1}/{size} articles, {matcher.ActiveStories} active stories, {(i + 1) / total.Elapsed.TotalSeconds:F0} art/s overall");
            }
            var active = matcher.ActiveStories;
            GC.Collect();
            var heap = GC.GetTotalMemory(forceFullCollection: true) / 1e6;
            GC.KeepAlive(matcher);
            var sorted = latencies.Order().ToArray();
            var sum = latencies.Sum();
            return new Run1(size / (sum / 1000), sorted[(int)(0.5 * (size - 1))], sorted[(int)(0.99 * (size - 1))], sum / size,
                storeWatch.Elapsed.TotalMilliseconds / size, active, heap, Process.GetCurrentProcess().PeakWorkingSet64 / 1e6);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
