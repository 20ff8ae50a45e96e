using System.Globalization;
using System.Text.Json;
using BiasCompanion.Host.Stories.Matching;

namespace BiasCompanion.Host.Stories.Eval;

/// <summary>
/// <c>eval pairs --data FILE.jsonl [--json]</c>: the matcher's same-story probability for each rated pair (one article
/// against a story holding the other, both ways, averaged) correlated with 5 − score.
/// </summary>
public static class PairsEval
{
    public static Task<int> RunAsync(string[] args) => Task.FromResult(Run(args, Console.Out, Console.Error));

    public static int Run(string[] args, TextWriter output, TextWriter progress)
    {
        var options = EvalJsonl.Options(args);
        if (options.GetValueOrDefault("data") is not { } data || !File.Exists(data))
        {
            progress.WriteLine("usage: eval pairs --data FILE.jsonl [--json]");
            return 2;
        }
        var pairs = EvalJsonl.Read<PairRow>(data);
        var stats = new CorpusStats();
        var time = DateTimeOffset.UnixEpoch;
        var texts = new Dictionary<string, ArticleProfile>(StringComparer.Ordinal);
        long nextId = 1;
        ArticleProfile Profile(string? title, string text, string lang)
        {
            var key = lang + "\u0001" + title + "\u0001" + text;
            if (texts.TryGetValue(key, out var profile)) return profile;
            profile = ProfileBuilder.Build(new MatchInput(nextId++, title, null, text, lang, time, ""), stats);
            texts[key] = profile;
            return profile;
        }
        var profiled = pairs.Select(p => (p, a: Profile(p.Title1, p.Text1, p.Lang1), b: Profile(p.Title2, p.Text2, p.Lang2))).ToList();
        // Document frequencies over all the distinct articles, as the matcher would have after seeing them.
        foreach (var profile in texts.Values) stats.AddDocument(profile.DistinctTerms);

        var model = MatchModel.Default;
        var settings = MatchSettings.Default;
        var results = new List<(string Languages, double Similarity, double Gold)>();
        foreach (var (pair, a, b) in profiled)
        {
            var similarity = (Similarity(a, b, stats, settings, model) + Similarity(b, a, stats, settings, model)) / 2;
            results.Add(($"{pair.Lang1}-{pair.Lang2}", similarity, 5 - pair.Score));
        }

        var overall = Summary(results);
        var byLanguage = results.GroupBy(r => r.Languages).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Summary(g.ToList()));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(data)}: {results.Count} pairs, Pearson {overall.Pearson:F3}, Spearman {overall.Spearman:F3}"));
        foreach (var (languages, s) in byLanguage)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {languages,-6} n {s.N,4}  Pearson {s.Pearson,6:F3}  Spearman {s.Spearman,6:F3}"));
        if (options.ContainsKey("json"))
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                pairs = results.Count,
                pearson = Math.Round(overall.Pearson, 4),
                spearman = Math.Round(overall.Spearman, 4),
                byLanguage = byLanguage.ToDictionary(kv => kv.Key, kv => new { n = kv.Value.N, pearson = Math.Round(kv.Value.Pearson, 4), spearman = Math.Round(kv.Value.Spearman, 4) }),
            }));
        }
        return 0;
    }

    internal static double Similarity(ArticleProfile article, ArticleProfile other, CorpusStats stats, MatchSettings settings, MatchModel model)
    {
        var story = new StoryState(other.ArticleId);
        story.Add(other);
        return model.Probability(PairFeatures.Compute(article, story, stats, settings));
    }

    private static (int N, double Pearson, double Spearman) Summary(IReadOnlyList<(string Languages, double Similarity, double Gold)> rows)
    {
        var x = rows.Select(r => r.Similarity).ToList();
        var y = rows.Select(r => r.Gold).ToList();
        return (rows.Count, Correlation.Pearson(x, y), Correlation.Spearman(x, y));
    }
}
