namespace BiasCompanion.Host.Coverage.KeyPoints;

/// <param name="PointSimilarities">Every pairwise similarity between the points (for the eval's redundancy figures).</param>
public sealed record KeyPointResult(IReadOnlyList<KeyPoint> Points, IReadOnlyList<SideFraming> Framing, IReadOnlyList<double> PointSimilarities, int SentencesConsidered)
{
    public static readonly KeyPointResult Empty = new([], [], [], 0);
}

/// <summary>
/// Extractive key points: greedy selection of the sentences most outlets and sides support, each new point also
/// rewarded for the outlets it covers that earlier points did not, and refused when too similar to an earlier point.
/// Importance (the order shown) = outlets supporting + 0.75 × rated sides supporting + 0.5 / (1 + position in article).
/// </summary>
public static class KeyPointExtractor
{
    public static KeyPointResult Extract(IReadOnlyList<KeyPointSource> sources, KeyPointSettings? settings = null)
    {
        settings ??= KeyPointSettings.Default;
        if (sources.Count == 0) return KeyPointResult.Empty;
        var pool = CandidatePool.Build(sources, settings);
        var storySides = sources.Select(s => s.Side).Distinct().Count();
        var framing = Framing(sources, pool, storySides, settings);
        if (sources.Select(s => s.OutletKey).Distinct(StringComparer.Ordinal).Count() < 2)
            return KeyPointResult.Empty with { Framing = framing, SentencesConsidered = pool.Sentences.Count };

        var scores = new double[pool.Sentences.Count];
        for (var i = 0; i < scores.Length; i++) scores[i] = pool.IsEligible(i) ? Importance(pool, i) : double.NegativeInfinity;

        var chosen = new List<int>();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        while (chosen.Count < settings.MaxPoints)
        {
            var best = -1;
            var bestGain = double.NegativeInfinity;
            for (var i = 0; i < scores.Length; i++)
            {
                if (double.IsNegativeInfinity(scores[i]) || chosen.Contains(i) || Redundant(pool, i, chosen, settings)) continue;
                var gain = scores[i] + Outlets(pool, i).Count(o => !covered.Contains(o));
                if (gain > bestGain) (best, bestGain) = (i, gain);
            }
            if (best < 0) break;
            // Past the minimum, a point must be something at least two outlets report.
            if (chosen.Count >= settings.MinPoints && Outlets(pool, best).Count() < 2) break;
            chosen.Add(best);
            covered.UnionWith(Outlets(pool, best));
        }

        var ordered = chosen.OrderByDescending(i => scores[i]).ThenBy(i => i).ToList();
        var similarities = new List<double>();
        for (var a = 0; a < ordered.Count; a++)
            for (var b = a + 1; b < ordered.Count; b++)
                similarities.Add(pool.Similarity(ordered[a], ordered[b]));
        return new KeyPointResult(ordered.Select(i => ToPoint(pool, i, storySides)).ToList(), framing, similarities, pool.Sentences.Count);
    }

    private static double Importance(CandidatePool pool, int i)
    {
        var supporters = pool.Supporters[i]!;
        var ratedSides = supporters.Select(s => s.Side).Where(s => s != Sides.Unrated).Distinct().Count();
        return Outlets(pool, i).Count() + 0.75 * ratedSides + 0.5 / (1 + pool.Sentences[i].Position);
    }

    private static IEnumerable<string> Outlets(CandidatePool pool, int i) => pool.Supporters[i]!.Select(s => s.OutletKey).Distinct(StringComparer.Ordinal);

    private static bool Redundant(CandidatePool pool, int i, List<int> chosen, KeyPointSettings settings) =>
        chosen.Any(j => pool.Similarity(i, j) >= settings.MaxPointSimilarity
                        || CandidatePool.Normalize(pool.Sentences[i].Text) == CandidatePool.Normalize(pool.Sentences[j].Text));

    private static KeyPoint ToPoint(CandidatePool pool, int i, int storySides)
    {
        var supporters = pool.Supporters[i]!;
        var sides = supporters.Select(s => s.Side).Distinct().OrderBy(Sides.Order).ToList();
        return new KeyPoint(pool.Sentences[i].Text, supporters.Select(s => s.ArticleId).Distinct().ToList(), sides)
        {
            OnlySide = storySides >= 2 && sides is [var only] && only != Sides.Unrated ? only : null,
        };
    }

    /// <summary>Per rated side present: its most representative headline and up to two facts only it reports.</summary>
    private static List<SideFraming> Framing(IReadOnlyList<KeyPointSource> sources, CandidatePool pool, int storySides, KeyPointSettings settings)
    {
        var titled = sources.Where(s => !string.IsNullOrWhiteSpace(s.Title)).OrderBy(s => s.Time).ThenBy(s => s.ArticleId).Take(settings.MaxArticles * 5).ToList();
        var titles = new TfIdfSpace(titled.Select(s => s.Title!).ToList());
        var framing = new List<SideFraming>();
        foreach (var side in Sides.Rated)
        {
            var members = Enumerable.Range(0, titled.Count).Where(i => titled[i].Side == side).ToList();
            if (members.Count == 0) continue;
            var headline = members
                .Select(i => (i, score: MeanSimilarity(titles, i, members) + 0.5 * MeanSimilarity(titles, i, Enumerable.Range(0, titled.Count))))
                .OrderByDescending(x => x.score).ThenBy(x => x.i)
                .First().i;
            framing.Add(new SideFraming(side, titled[headline].Title!.Trim(), titled[headline].ArticleId,
                storySides >= 2 ? OnlyThisSide(pool, side, storySides, settings) : []));
        }
        return framing;
    }

    private static List<KeyPoint> OnlyThisSide(CandidatePool pool, string side, int storySides, KeyPointSettings settings)
    {
        var chosen = new List<int>();
        var ranked = Enumerable.Range(0, pool.Sentences.Count)
            .Where(i => pool.IsEligible(i) && pool.Supporters[i]!.All(s => s.Side == side))
            .OrderByDescending(i => Importance(pool, i)).ThenBy(i => i);
        foreach (var i in ranked)
        {
            if (chosen.Count >= settings.MaxOnlyThisSide) break;
            if (!Redundant(pool, i, chosen, settings)) chosen.Add(i);
        }
        return chosen.Select(i => ToPoint(pool, i, storySides)).ToList();
    }

    private static double MeanSimilarity(TfIdfSpace space, int i, IEnumerable<int> others)
    {
        var values = others.Where(j => j != i).Select(j => space.Similarity(i, j)).ToList();
        return values.Count == 0 ? 0 : values.Average();
    }
}
