namespace BiasCompanion.Host.Stories.Eval;

internal sealed record PrecisionRecall(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Pairwise and B-cubed agreement between a predicted and a gold clustering of the same items.</summary>
internal static class ClusteringScores
{
    public static (PrecisionRecall Pairwise, PrecisionRecall BCubed) Score(IReadOnlyList<(string Gold, string Predicted)> items)
    {
        var cells = items.GroupBy(x => x).ToDictionary(g => g.Key, g => (long)g.Count());
        var gold = items.GroupBy(x => x.Gold).ToDictionary(g => g.Key, g => (long)g.Count());
        var predicted = items.GroupBy(x => x.Predicted).ToDictionary(g => g.Key, g => (long)g.Count());

        static long Pairs(long n) => n * (n - 1) / 2;
        var together = cells.Values.Sum(Pairs);
        var predictedPairs = predicted.Values.Sum(Pairs);
        var goldPairs = gold.Values.Sum(Pairs);
        var pairwise = new PrecisionRecall(
            predictedPairs == 0 ? 0 : together / (double)predictedPairs,
            goldPairs == 0 ? 0 : together / (double)goldPairs);

        double p = 0, r = 0;
        foreach (var item in items)
        {
            var cell = cells[item];
            p += cell / (double)predicted[item.Predicted];
            r += cell / (double)gold[item.Gold];
        }
        var n = Math.Max(1, items.Count);
        return (pairwise, new PrecisionRecall(p / n, r / n));
    }
}

internal static class Correlation
{
    public static double Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count < 2) return 0;
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.Sqrt(sxx * syy);
    }

    public static double Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y) => Pearson(Ranks(x), Ranks(y));

    /// <summary>Ranks with ties given their average rank.</summary>
    private static double[] Ranks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var i = 0; i < order.Length;)
        {
            var j = i;
            while (j + 1 < order.Length && values[order[j + 1]] == values[order[i]]) j++;
            for (var k = i; k <= j; k++) ranks[order[k]] = (i + j) / 2.0;
            i = j + 1;
        }
        return ranks;
    }
}
