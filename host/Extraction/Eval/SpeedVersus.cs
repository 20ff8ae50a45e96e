namespace BiasCompanion.Host.Extraction.Eval;

/// <summary>Our time per page against plain SmartReader's on the same page, both timed in one process.</summary>
public sealed record SpeedVersus(double BaselineMedianMs, double MedianRatio, double OursFasterShare)
{
    public static SpeedVersus Of(IReadOnlyList<double> oursMs, IReadOnlyList<double> baselineMs)
    {
        if (oursMs.Count != baselineMs.Count || oursMs.Count == 0) throw new ArgumentException("one time of each per page");
        var ratios = oursMs.Select((ours, i) => ours / Math.Max(baselineMs[i], 1e-6)).ToList();
        return new SpeedVersus(ExtractionScorer.Median(baselineMs), ExtractionScorer.Median(ratios), ratios.Count(r => r < 1) / (double)ratios.Count);
    }
}
