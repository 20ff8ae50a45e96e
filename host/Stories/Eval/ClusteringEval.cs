using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BiasCompanion.Host.Storage;
using BiasCompanion.Host.Stories.Matching;

namespace BiasCompanion.Host.Stories.Eval;

/// <summary>
/// <c>eval clustering --data FILE.jsonl [--out FILE] [--json] [--baseline]</c>: streams the articles in date order
/// through the real matcher over a fresh SQLite store and scores the stories it forms against the gold clusters.
/// Tuning aids (not needed to reproduce the figures): <c>--dump-features FILE</c> logs every scored candidate with its
/// gold label and the model's probability (last column), <c>--teacher</c> (with the dump) makes articles join their gold
/// story, <c>--model "bias,w1,...[|bias,w1,...[|bias,w1,...]]"</c> tries other decision weights (see <see cref="MatchModel.Parse"/>).
/// </summary>
public static class ClusteringEval
{
    public static Task<int> RunAsync(string[] args) => Task.FromResult(Run(args, Console.Out, Console.Error));

    public static int Run(string[] args, TextWriter output, TextWriter progress)
    {
        var options = EvalJsonl.Options(args);
        if (options.GetValueOrDefault("data") is not { } data || !File.Exists(data))
        {
            progress.WriteLine("usage: eval clustering --data FILE.jsonl [--out FILE] [--json] [--baseline]");
            return 2;
        }
        var baseline = options.ContainsKey("baseline");
        var rows = EvalJsonl.Read<ClusteringRow>(data)
            .Select((row, i) => (row, i))
            .OrderBy(x => x.row.Published is null) // undated last, as the reader would meet them
            .ThenBy(x => x.row.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(x => x.i)
            .Select(x => x.row).ToList();

        var dir = Path.Combine(Path.GetTempPath(), "biascompanion-eval", Guid.NewGuid().ToString("N"));
        StreamWriter? dump = options.GetValueOrDefault("dump-features") is { } dumpPath ? new StreamWriter(dumpPath) : null;
        try
        {
            var database = SqliteDatabase.InFolder(dir);
            database.Initialize();
            var store = new ArticleStore(database, TimeProvider.System);
            var (settings, model) = baseline ? Baseline() : (MatchSettings.Default, MatchModel.Default);
            // Tuning aid: --model "bias,w1,...,wn" tries other decision weights without a rebuild.
            if (options.GetValueOrDefault("model") is { } weights) model = MatchModel.Parse(weights);
            using var matcher = new StoryMatcher(database, TimeProvider.System, settings, model);

            // For the feature dump: which gold clusters each predicted story holds right now.
            var goldOfArticle = new Dictionary<long, string>();
            var storyGolds = new Dictionary<long, List<string>>();
            long current = 0;
            if (dump is not null)
            {
                dump.WriteLine("label,article," + string.Join(',', PairFeatures.Names) + ",probability");
                matcher.Observer = (_, storyId, features, probability) =>
                {
                    var golds = storyGolds[storyId];
                    var same = golds.Count(g => g == goldOfArticle[current]);
                    var label = same * 2 > golds.Count ? 1 : 0;
                    dump.WriteLine(label + "," + current + "," + string.Join(',', features.Select(f => f.ToString("G6", CultureInfo.InvariantCulture)))
                        + "," + probability.ToString("G6", CultureInfo.InvariantCulture));
                };
            }

            var storyOfGold = new Dictionary<string, long>();
            if (dump is not null && options.ContainsKey("teacher"))
                matcher.Teacher = articleId => storyOfGold.TryGetValue(goldOfArticle[articleId], out var s) ? s : null;

            var ids = new List<(long ArticleId, string Gold)>(rows.Count);
            var matching = new Stopwatch();
            var wall = Stopwatch.StartNew();
            foreach (var row in rows)
            {
                var stored = store.Upsert(new StoredArticle
                {
                    Url = row.Url ?? $"https://eval.invalid/{row.Id}",
                    CanonicalUrl = $"https://eval.invalid/{row.Id}",
                    OutletDomain = row.Source ?? "unknown",
                    Title = row.Title,
                    Body = row.Text ?? "",
                    Language = row.Lang,
                    PublishedAt = row.Published,
                });
                goldOfArticle[stored.Id] = row.Cluster;
                current = stored.Id;
                matching.Start();
                var result = matcher.Match(MatchInputs.FromStored(stored));
                matching.Stop();
                if (dump is not null)
                {
                    if (!storyGolds.TryGetValue(result.StoryId, out var golds)) storyGolds[result.StoryId] = golds = [];
                    foreach (var merged in result.MergedStoryIds) { golds.AddRange(storyGolds[merged]); storyGolds.Remove(merged); }
                    golds.Add(row.Cluster);
                    storyOfGold[row.Cluster] = result.StoryId;
                }
                ids.Add((stored.Id, row.Cluster));
                if (ids.Count % 500 == 0)
                    progress.WriteLine($"  {ids.Count}/{rows.Count} articles, {matcher.ActiveStories} active stories, {ids.Count / wall.Elapsed.TotalSeconds:F0} art/s");
            }

            var reader = new StoryReader(database);
            var predictions = ids.Select(x => (x.Gold, Predicted: reader.StoryOfArticle(x.ArticleId)!.Value.ToString(CultureInfo.InvariantCulture))).ToList();
            var (pairwise, bcubed) = ClusteringScores.Score(predictions);
            var perSecond = rows.Count / Math.Max(matching.Elapsed.TotalSeconds, 1e-9);

            if (options.GetValueOrDefault("out") is { } outPath)
                File.WriteAllLines(outPath, rows.Select((row, i) => JsonSerializer.Serialize(new { id = row.Id, cluster = predictions[i].Predicted })));

            var goldCount = predictions.Select(p => p.Gold).Distinct().Count();
            var predictedCount = predictions.Select(p => p.Predicted).Distinct().Count();
            output.WriteLine($"{Path.GetFileName(data)}{(baseline ? " (baseline: TF-IDF centroid, 3-day window)" : "")}: {rows.Count} articles, clusters gold {goldCount} / predicted {predictedCount}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  pairwise P {pairwise.Precision:F3} R {pairwise.Recall:F3} F1 {pairwise.F1:F3} | B-cubed P {bcubed.Precision:F3} R {bcubed.Recall:F3} F1 {bcubed.F1:F3}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  matching {perSecond:F0} articles/s ({matching.Elapsed.TotalSeconds:F2} s; with the article store {wall.Elapsed.TotalSeconds:F2} s)"));
            if (options.ContainsKey("json"))
            {
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    articles = rows.Count,
                    clusters = new { gold = goldCount, predicted = predictedCount },
                    pairwise = new { precision = Round(pairwise.Precision), recall = Round(pairwise.Recall), f1 = Round(pairwise.F1) },
                    bcubed = new { precision = Round(bcubed.Precision), recall = Round(bcubed.Recall), f1 = Round(bcubed.F1) },
                    articlesPerSecond = Math.Round(perSecond, 1),
                }));
            }
            return 0;
        }
        finally
        {
            dump?.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>A plain TF-IDF centroid: body cosine to the story above one cut, within 3 days (no undated burst guard).</summary>
    internal static (MatchSettings, MatchModel) Baseline() =>
        (MatchSettings.Default with { WindowDays = 3, RetentionDays = 5, BurstGuardMembers = int.MaxValue },
         new MatchModel(-0.3 * 40, [40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));

    private static double Round(double x) => Math.Round(x, 4);
}
