using System.Globalization;
using System.Text.Json;
using BiasCompanion.Host.Stories.Matching;

namespace BiasCompanion.Host.Stories.Eval;

/// <summary>
/// <c>eval pairs --data FILE.jsonl [--json]</c>: the matcher's graded same-story similarity (<see cref="SimilarityModel"/>
/// over the matcher's own pair features, one article against a story holding the other, both ways averaged)
/// correlated with 5 − score.
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

        var settings = MatchSettings.Default;
        using var dump = options.GetValueOrDefault("dump-features") is { } dumpPath ? new StreamWriter(dumpPath) : null;
        dump?.WriteLine("gold,languages," + string.Join(',', PairFeatures.Names));
        var results = new List<(string Languages, double Similarity, double Gold)>();
        foreach (var (pair, a, b) in profiled)
        {
            var features = SymmetricFeatures(a, b, stats, settings);
            dump?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{5 - pair.Score},{pair.Lang1}-{pair.Lang2},") +
                string.Join(',', features.Select(f => f.ToString("G6", CultureInfo.InvariantCulture))));
            results.Add(($"{pair.Lang1}-{pair.Lang2}", SimilarityModel.Default.Similarity(features), 5 - pair.Score));
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

    /// <summary>Features of a pair, averaged over both directions (article against a one-article story).</summary>
    internal static double[] SymmetricFeatures(ArticleProfile a, ArticleProfile b, CorpusStats stats, MatchSettings settings)
    {
        var ab = PairFeatures.Compute(a, Single(b), stats, settings);
        var ba = PairFeatures.Compute(b, Single(a), stats, settings);
        return ab.Select((x, i) => (x + ba[i]) / 2).ToArray();
    }

    private static StoryState Single(ArticleProfile article)
    {
        var story = new StoryState(article.ArticleId);
        story.Add(article);
        return story;
    }

    private static (int N, double Pearson, double Spearman) Summary(IReadOnlyList<(string Languages, double Similarity, double Gold)> rows)
    {
        var x = rows.Select(r => r.Similarity).ToList();
        var y = rows.Select(r => r.Gold).ToList();
        return (rows.Count, Correlation.Pearson(x, y), Correlation.Spearman(x, y));
    }
}
