namespace BiasCompanion.Host.Stories.Matching;

/// <summary>
/// Logistic regression over <see cref="PairFeatures"/>: the probability that an article belongs to a story.
/// Fitted offline (IRLS, L2) on candidate features logged while the dev sets (AllSides, BASIL, ECB+, Giveme5W1H)
/// streamed through the matcher with gold assignments, AllSides weighted ×3; then the bias and the time weights were
/// adjusted by coordinate search on the sets' pairwise F1 (it moved the bias, gapMonth and overdueDays).
/// Only the numbers live here.
/// </summary>
internal sealed class MatchModel(double bias, double[] weights)
{
    public static readonly MatchModel Default = new(
        bias: -2.7115,
        weights: [7.2294, 5.1593, 3.1503, -3.1952, 1.0333, 0.3957, 2.0702, 0.3926, 1.4047, 0.0000, -0.5732, -5.0366, -0.2721, -1.2858, 0.0644, -2.5000]);

    public double Bias { get; } = bias;
    public IReadOnlyList<double> Weights { get; } = weights;

    public double Probability(double[] features)
    {
        var z = Bias;
        for (var i = 0; i < features.Length; i++) z += weights[i] * features[i];
        return 1 / (1 + Math.Exp(-z));
    }
}
