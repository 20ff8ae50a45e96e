using System.Globalization;
using BiasCompanion.Tests.Infrastructure;

namespace BiasCompanion.Bench;

/// <summary>Command-line options shared by the benches, and where the repo, the data and the host binary are.</summary>
public sealed class BenchOptions
{
    public required string Root { get; init; }
    public required string HostDll { get; init; }
    public required IReadOnlyList<int> Sizes { get; init; }
    public int? MaxPages { get; init; }
    public bool Fresh { get; init; }
    public int? Items { get; init; }
    public int? Watchers { get; init; }
    public int? Clients { get; init; }
    public int? Seconds { get; init; }
    public string DataRoot => Path.Combine(Path.GetDirectoryName(Root)!, "shared", "data");
    public string Doc => Path.Combine(Root, "docs", "benchmarks.md");

    /// <summary>Kept between runs (a 100k store takes minutes to build); <c>--fresh</c> rebuilds it.</summary>
    public string WorkDir => Path.Combine(Path.GetTempPath(), "biascompanion-bench");

    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var root = FindRoot();
        return new BenchOptions
        {
            Root = root,
            HostDll = HostProcess.FindHostDll("Release") ?? throw new InvalidOperationException("build the host first: dotnet build host -c Release"),
            Sizes = (Value("--sizes") ?? "1000,10000,100000").Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Order().ToList(),
            MaxPages = Value("--pages") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : null,
            Fresh = args.Contains("--fresh"),
            Items = Value("--items") is { } items ? int.Parse(items, CultureInfo.InvariantCulture) : null,
            Watchers = Value("--watchers") is { } watchers ? int.Parse(watchers, CultureInfo.InvariantCulture) : null,
            Clients = Value("--clients") is { } clients ? int.Parse(clients, CultureInfo.InvariantCulture) : null,
            Seconds = Value("--seconds") is { } seconds ? int.Parse(seconds, CultureInfo.InvariantCulture) : null,
        };
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BiasCompanion.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (BiasCompanion.sln)");
    }
}
