namespace BiasCompanion.Host.Stories.Matching;

/// <summary>
/// A graded same-story similarity in [0, 1] from <see cref="PairFeatures"/> (for ranking related coverage): a linear
/// least-squares fit of the SemEval-2022 Task 8 ratings (pairs-dev, English pairs
/// counted twice); the join decision itself is <see cref="MatchModel"/>'s.
/// </summary>
internal sealed class SimilarityModel(double intercept, double[] weights)
{
    public static readonly SimilarityModel Default = new(
        intercept: 0.0580,
        weights: [0.2458, 0.0022, 0.2458, 0.0022, 0.3662, -0.0799, -0.0799, -0.0356, 0.0000, -0.0634, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.2390, -0.0395, 0.2390, -0.0395, 0.1663, 0.0478, 0.0478, -0.0123]);

    /// <summary>How many leading features also enter through their square root (similarities relate to ratings concavely).</summary>
    private const int RootedFeatures = 8;

    public double Similarity(double[] features)
    {
        // Fitted on the first features only; features added later for the join decision do not enter here.
        var linear = weights.Length - RootedFeatures;
        var y = intercept;
        for (var i = 0; i < linear; i++) y += weights[i] * features[i];
        for (var i = 0; i < RootedFeatures; i++) y += weights[linear + i] * Math.Sqrt(Math.Max(features[i], 0));
        return Math.Clamp(y, 0, 1);
    }
}
