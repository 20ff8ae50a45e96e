using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BiasCompanion.Host.Outlets;
using BiasCompanion.Host.Stories.Eval;

namespace BiasCompanion.Host.Coverage.KeyPoints.Eval;

/// <summary>
/// <c>eval keypoints --data FILE.jsonl [--json]</c>: key points for every gold story (cluster) with at least two
/// articles of a clustering set, from its gold members. Each distinct <c>source</c> is an outlet; its side comes from
/// the outlet registry when the url (or a domain-like source) is a known outlet, else it is unrated.
/// </summary>
public static class KeyPointsEval
{
    public sealed record Scores(
        int Stories, int StoriesWithPoints, double PointsPerStory, double MeanPairSimilarity, double MaxPairSimilarity,
        double Coverage, int MultiSideStories, double MultiSideSupportRate, double OneSideFactsPerStory, double MeanMs, double P95Ms);

    public static Task<int> RunAsync(string[] args) => Task.FromResult(Run(args, Console.Out, Console.Error));

    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        var options = EvalJsonl.Options(args);
        if (options.GetValueOrDefault("data") is not { } data || !File.Exists(data))
        {
            errors.WriteLine("usage: eval keypoints --data FILE.jsonl [--json]");
            return 2;
        }
        // Tuning aids: --support X and --redundancy Y try other similarity thresholds.
        var settings = KeyPointSettings.Default with
        {
            SupportSimilarity = Number(options, "support") ?? KeyPointSettings.Default.SupportSimilarity,
            MaxPointSimilarity = Number(options, "redundancy") ?? KeyPointSettings.Default.MaxPointSimilarity,
        };
        var registry = new OutletRegistry(ShippedOutletFile.LoadEmbedded(), PublicSuffixes.LoadEmbedded());
        var rows = EvalJsonl.Read<ClusteringRow>(data);
        // --show N: print the first N stories' points, to read them.
        if (options.GetValueOrDefault("show") is { } show && int.TryParse(show, CultureInfo.InvariantCulture, out var count))
            Show(rows, registry, settings, count, output);
        var scores = Score(rows, registry, settings);
        output.WriteLine($"{Path.GetFileName(data)}: {scores.Stories} stories with >= 2 articles, {scores.StoriesWithPoints} with key points");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  points/story {scores.PointsPerStory:F2} | redundancy mean {scores.MeanPairSimilarity:F3} max {scores.MaxPairSimilarity:F3} | coverage {scores.Coverage:F3} | multi-side support {scores.MultiSideSupportRate:F3} ({scores.MultiSideStories} stories with >= 2 sides) | one-side facts/story {scores.OneSideFactsPerStory:F2} | time/story mean {scores.MeanMs:F1} ms p95 {scores.P95Ms:F1} ms"));
        if (options.ContainsKey("json"))
            output.WriteLine(JsonSerializer.Serialize(scores, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        return 0;
    }

    internal static Scores Score(IReadOnlyList<ClusteringRow> rows, IOutletRegistry registry, KeyPointSettings settings)
    {
        var stories = rows.GroupBy(r => r.Cluster).Where(g => g.Count() >= 2).ToList();
        var points = new List<int>();
        var similarities = new List<double>();
        var coverage = new List<double>();
        long multiSidePoints = 0, pointsInMultiSideStories = 0;
        var multiSideStories = 0;
        var oneSideFacts = 0;
        var times = new List<double>();
        foreach (var story in stories)
        {
            var sources = story.Select((row, i) => Source(row, i, registry)).ToList();
            var watch = Stopwatch.StartNew();
            var result = KeyPointExtractor.Extract(sources, settings);
            watch.Stop();
            times.Add(watch.Elapsed.TotalMilliseconds);
            points.Add(result.Points.Count);
            similarities.AddRange(result.PointSimilarities);
            oneSideFacts += result.Framing.Sum(f => f.OnlyThisSide.Count);
            var supporting = result.Points.SelectMany(p => p.ArticleIds).ToHashSet();
            coverage.Add(sources.Count(s => supporting.Contains(s.ArticleId)) / (double)sources.Count);
            if (sources.Select(s => s.Side).Distinct().Count() >= 2)
            {
                multiSideStories++;
                pointsInMultiSideStories += result.Points.Count;
                multiSidePoints += result.Points.Count(p => p.Sides.Count >= 2);
            }
        }
        times.Sort();
        return new Scores(
            stories.Count,
            points.Count(p => p > 0),
            Round(points.DefaultIfEmpty().Average()),
            Round(similarities.DefaultIfEmpty().Average()),
            Round(similarities.DefaultIfEmpty().Max()),
            Round(coverage.DefaultIfEmpty().Average()),
            multiSideStories,
            Round(pointsInMultiSideStories == 0 ? 0 : multiSidePoints / (double)pointsInMultiSideStories),
            Round(stories.Count == 0 ? 0 : oneSideFacts / (double)stories.Count),
            Round(times.DefaultIfEmpty().Average()),
            Round(times.Count == 0 ? 0 : times[Math.Min(times.Count - 1, (int)Math.Ceiling(0.95 * times.Count) - 1)]));
    }

    private static void Show(IReadOnlyList<ClusteringRow> rows, IOutletRegistry registry, KeyPointSettings settings, int count, TextWriter output)
    {
        foreach (var story in rows.GroupBy(r => r.Cluster).Where(g => g.Count() >= 2).Take(count))
        {
            var sources = story.Select((row, i) => Source(row, i, registry)).ToList();
            var result = KeyPointExtractor.Extract(sources, settings);
            output.WriteLine($"== {story.Key}: " + string.Join(", ", sources.Select(s => $"{s.OutletKey} ({s.Side})")));
            foreach (var point in result.Points)
                output.WriteLine($"  * [{string.Join(',', point.Sides)}; {point.ArticleIds.Count} art{(point.OnlySide is { } only ? "; only " + only : "")}] {point.Text}");
            foreach (var side in result.Framing)
            {
                output.WriteLine($"  {side.Side}: \"{side.Headline}\"");
                foreach (var fact in side.OnlyThisSide) output.WriteLine($"    - only {side.Side}: {fact.Text}");
            }
        }
    }

    private static KeyPointSource Source(ClusteringRow row, int index, IOutletRegistry registry)
    {
        var outlet = Resolve(row, registry);
        var outletKey = row.Source is { Length: > 0 } source ? source : outlet?.Id ?? DomainOf(row.Url) ?? $"unknown-{index}";
        return new KeyPointSource(index, outletKey, Sides.Of(OutletCards.Label(outlet?.Bias)), row.Title, null, row.Text, row.Lang,
            row.Published ?? DateTimeOffset.UnixEpoch);
    }

    private static Outlet? Resolve(ClusteringRow row, IOutletRegistry registry)
    {
        if (row.Url is { Length: > 0 } url && registry.Resolve(url).Outlet is { } byUrl) return byUrl;
        // Sources like "www.bbc.co.uk" name a site.
        return row.Source is { } source && source.Contains('.', StringComparison.Ordinal) && !source.Contains(' ', StringComparison.Ordinal)
            ? registry.Resolve("https://" + source + "/").Outlet
            : null;
    }

    private static double? Number(Dictionary<string, string?> options, string name) =>
        options.GetValueOrDefault(name) is { } text && double.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string? DomainOf(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;

    private static double Round(double x) => Math.Round(x, 4);
}
