namespace BiasCompanion.Host.Cli;

/// <summary><c>bench &lt;what&gt; ...</c>: speed and memory figures on this machine, one per feature.</summary>
public static class BenchCommand
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> Benches = new(StringComparer.Ordinal)
    {
        ["matching"] = BiasCompanion.Host.Stories.Eval.MatchingBench.RunAsync,
        ["keypoints"] = BiasCompanion.Host.Coverage.KeyPoints.Eval.KeyPointsBench.RunAsync,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || !Benches.TryGetValue(args[0], out var bench))
        {
            Console.Error.WriteLine($"usage: bench <{string.Join("|", Benches.Keys)}> [options]");
            return 2;
        }
        return await bench(args[1..]);
    }
}
