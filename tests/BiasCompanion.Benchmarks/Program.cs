using BenchmarkDotNet.Running;

namespace BiasCompanion.Benchmarks;

/// <summary>scripts/bench &lt;what&gt; runs these; any BenchmarkDotNet option (--filter, --job, ...) is passed through.</summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
