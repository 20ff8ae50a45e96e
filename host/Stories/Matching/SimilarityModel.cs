namespace BiasCompanion.Host.Stories.Matching;

/// <summary>
/// A graded same-story similarity in [0, 1] from <see cref="PairFeatures"/> (for ranking related coverage): a linear
/// fit of the SemEval-2022 Task 8 ratings (pairs-dev); the join decision itself is <see cref="MatchModel"/>'s.
/// </summary>
internal sealed class SimilarityModel(double intercept, double[] weights)
{
    public static readonly SimilarityModel Default = new(
        intercept: 0.0721,
        weights: [0.3290, -0.0314, 0.3290, -0.0314, 0.2693, -0.0309, -0.0309, -0.0244, 0.0000, -0.0639, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.1914, -0.0136, 0.1914, -0.0136, 0.2074, 0.0231, 0.0231, -0.0228]);

    /// <summary>How many leading features also enter through their square root (similarities relate to ratings concavely).</summary>
    private const int RootedFeatures = 8;

    public double Similarity(double[] features)
    {
        var y = intercept;
        for (var i = 0; i < features.Length; i++) y += weights[i] * features[i];
        for (var i = 0; i < RootedFeatures; i++) y += weights[features.Length + i] * Math.Sqrt(Math.Max(features[i], 0));
        return Math.Clamp(y, 0, 1);
    }
}
