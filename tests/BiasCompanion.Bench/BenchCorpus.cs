using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace BiasCompanion.Bench;

/// <summary>
/// A store of N articles built from the clustering dev files, repeated: pass k gets fresh ids, urls under
/// "/bench-pk" on the same outlet and dates shifted by k years, so passes never merge into each other's stories.
/// Imported through the host's own import command (CorpusImporter → ArticleIntake), so stories exist.
/// </summary>
public sealed class BenchCorpus(BenchOptions options)
{
    private static readonly string[] Files = ["allsides-dev", "basil-dev", "ecbplus-dev", "giveme5w1h-dev", "neus-train"];
    private const string Marker = "bench-corpus-articles";

    public static int RowsPerPass(BenchOptions options) =>
        Files.Sum(f => File.ReadLines(Path.Combine(options.DataRoot, "clustering", f + ".jsonl")).Count(l => l.Length > 0));

    public string StoreDir => Path.Combine(options.WorkDir, "store");

    public int Imported => File.Exists(Path.Combine(StoreDir, Marker))
        ? int.Parse(File.ReadAllText(Path.Combine(StoreDir, Marker)), CultureInfo.InvariantCulture) : 0;

    public void Reset()
    {
        if (Directory.Exists(StoreDir)) Directory.Delete(StoreDir, recursive: true);
        Directory.CreateDirectory(StoreDir);
    }

    /// <summary>Imports corpus rows until the store holds <paramref name="size"/> of them (the host must not be running).</summary>
    public async Task GrowToAsync(int size)
    {
        Directory.CreateDirectory(StoreDir);
        var have = Imported;
        if (have >= size) return;
        var rows = Files.SelectMany(f => File.ReadLines(Path.Combine(options.DataRoot, "clustering", f + ".jsonl")))
            .Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        var chunk = Path.Combine(options.WorkDir, $"corpus-{have}-{size}.jsonl");
        await using (var writer = new StreamWriter(chunk))
        {
            for (var i = have; i < size; i++)
                await writer.WriteLineAsync(Shifted(rows[i % rows.Count], i / rows.Count).ToJsonString());
        }
        Console.Error.WriteLine($"  importing articles {have + 1}..{size} through the host's import command (CorpusImporter)");
        var clock = Stopwatch.StartNew();
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        foreach (var a in new[] { options.HostDll, "import", chunk, "--data-dir", StoreDir }) info.ArgumentList.Add(a);
        info.Environment["ASPNETCORE_CONTENTROOT"] = Path.GetDirectoryName(options.HostDll)!;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        using var import = Process.Start(info)!;
        await import.WaitForExitAsync();
        File.Delete(chunk);
        if (import.ExitCode != 0) throw new InvalidOperationException($"import failed with exit code {import.ExitCode}");
        File.WriteAllText(Path.Combine(StoreDir, Marker), size.ToString(CultureInfo.InvariantCulture));
        Console.Error.WriteLine($"  imported {size - have} articles in {clock.Elapsed.TotalSeconds:F0} s ({(size - have) / clock.Elapsed.TotalSeconds:F0}/s)");
    }

    private static JsonObject Shifted(JsonObject row, int pass)
    {
        var copy = row.DeepClone().AsObject();
        copy.Remove("cluster");
        if (pass == 0) return copy;
        copy["id"] = $"{row["id"]}-p{pass}";
        if (row["url"]?.GetValue<string>() is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri))
            copy["url"] = $"{uri.Scheme}://{uri.Authority}/bench-p{pass}{uri.PathAndQuery}";
        if (row["date"]?.GetValue<string>() is { } date
            && DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
            copy["date"] = when.AddYears(pass).ToString("O", CultureInfo.InvariantCulture);
        return copy;
    }
}
