namespace BiasCompanion.Host.Cli;

/// <summary><c>eval &lt;what&gt; ...</c>: the quality measurements, one per feature.</summary>
public static class EvalCommand
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> Evals = new(StringComparer.Ordinal)
    {
        ["clustering"] = BiasCompanion.Host.Stories.Eval.ClusteringEval.RunAsync,
        ["pairs"] = BiasCompanion.Host.Stories.Eval.PairsEval.RunAsync,
        ["extraction"] = BiasCompanion.Host.Extraction.Eval.ExtractionEval.RunAsync,
        ["keypoints"] = BiasCompanion.Host.Coverage.KeyPoints.Eval.KeyPointsEval.RunAsync,
        ["unrelated"] = BiasCompanion.Host.Stories.Eval.UnrelatedPagesEval.RunAsync,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || !Evals.TryGetValue(args[0], out var eval))
        {
            Console.Error.WriteLine($"usage: eval <{string.Join("|", Evals.Keys)}> [options]");
            return 2;
        }
        return await eval(args[1..]);
    }
}
