namespace BiasCompanion.Bench;

public sealed record Percentiles(int Count, double P50, double P95, double P99, double Mean, double Max)
{
    public static Percentiles Of(IReadOnlyCollection<double> samples)
    {
        var sorted = samples.Order().ToArray();
        double At(double q) => sorted[(int)Math.Round(q * (sorted.Length - 1))];
        return new Percentiles(sorted.Length, At(0.50), At(0.95), At(0.99), sorted.Average(), sorted[^1]);
    }
}
