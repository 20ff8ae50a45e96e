using BiasCompanion.Bench;

// scripts/bench lookup|memory: end-to-end figures against the real host process; see each bench's summary.
var benches = new Dictionary<string, Func<BenchOptions, Task<int>>>(StringComparer.Ordinal)
{
    ["lookup"] = LookupBench.RunAsync,
    ["memory"] = MemoryBench.RunAsync,
    ["ingest"] = IngestBench.RunAsync,
    ["load"] = LoadBench.RunAsync,
};
if (args.Length == 0 || !benches.TryGetValue(args[0], out var bench))
{
    Console.Error.WriteLine($"usage: BiasCompanion.Bench <{string.Join("|", benches.Keys)}> [--sizes 1000,10000,100000] [--pages N] [--fresh] [--items N] [--watchers N] [--clients N] [--seconds N]");
    return 2;
}
return await bench(BenchOptions.Parse(args[1..]));
