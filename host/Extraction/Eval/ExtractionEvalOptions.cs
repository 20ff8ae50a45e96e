namespace BiasCompanion.Host.Extraction.Eval;

/// <summary>Arguments of <c>eval extraction --data DIR [--out FILE] [--json] [--articles-only] [--baseline] [--cold] [--limit N] [--rounds N] [--versus-baseline]</c>.</summary>
/// <param name="Rounds">How many times each page is timed; its fastest run counts (quality is scored on the first).</param>
/// <param name="VersusBaseline">Also times plain SmartReader on each page, right after ours, in the same process.</param>
public sealed record ExtractionEvalOptions(string DataDir, string? OutFile, bool Json, bool ArticlesOnly, bool Baseline, int? Limit, bool Cold = false,
    int Rounds = 1, bool VersusBaseline = false)
{
    public const string Usage = "usage: eval extraction --data DIR [--out FILE] [--json] [--articles-only] [--baseline] [--cold] [--limit N] [--rounds N] [--versus-baseline]";

    /// <summary>More rounds add little: the fastest of 3 already leaves out the collections and preemptions a page met by chance.</summary>
    public const int MaxRounds = 10;

    public static ExtractionEvalOptions? Parse(string[] args, out string? error)
    {
        string? data = null, outFile = null;
        bool json = false, articlesOnly = false, baseline = false, cold = false, versus = false;
        int? limit = null;
        var rounds = 1;
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Length: data = args[++i]; break;
                case "--out" when i + 1 < args.Length: outFile = args[++i]; break;
                case "--limit" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n > 0: limit = n; i++; break;
                case "--rounds" when i + 1 < args.Length && int.TryParse(args[i + 1], out var r) && r is >= 1 and <= MaxRounds: rounds = r; i++; break;
                case "--json": json = true; break;
                case "--articles-only": articlesOnly = true; break;
                case "--baseline": baseline = true; break;
                case "--cold": cold = true; break;
                case "--versus-baseline": versus = true; break;
                default: error = $"unknown or incomplete option '{args[i]}'"; return null;
            }
        }
        if (data is null) { error = "--data DIR is required"; return null; }
        if (baseline && versus) { error = "--versus-baseline times ours against plain SmartReader; with --baseline there is nothing to compare"; return null; }
        if (!File.Exists(Path.Combine(data, "ground-truth.json"))) { error = $"no ground-truth.json in {data}"; return null; }
        return new ExtractionEvalOptions(data, outFile, json, articlesOnly, baseline, limit, cold, rounds, versus);
    }
}
