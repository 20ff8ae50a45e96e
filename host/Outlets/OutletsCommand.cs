using System.Text.Json;
using BiasCompanion.Host.Hosting;
using BiasCompanion.Host.Outlets.Import;
using BiasCompanion.Host.Storage;

namespace BiasCompanion.Host.Outlets;

/// <summary>
/// <c>outlets import FILE --format allsides|mbfc|opml [--data-dir DIR]</c> and <c>outlets export [--out FILE] [--data-dir DIR]</c>:
/// the user's outlet data in the same SQLite file the host uses.
/// </summary>
public static class OutletsCommand
{
    private const string Usage = """
        usage: outlets import FILE --format allsides|mbfc|opml [--data-dir DIR]
               outlets export [--out FILE] [--data-dir DIR]
        """;

    public static Task<int> RunAsync(string[] args)
    {
        try
        {
            return Task.FromResult(args.FirstOrDefault() switch
            {
                "import" => Import(args[1..]),
                "export" => Export(args[1..]),
                _ => UsageError(),
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ImportRejectedException or ArgumentException)
        {
            Console.Error.WriteLine($"outlets: {e.Message}");
            return Task.FromResult(1);
        }
    }

    private static int Import(string[] args)
    {
        string? file = null, format = null, dataDir = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format" when i + 1 < args.Length: format = args[++i]; break;
                case "--data-dir" when i + 1 < args.Length: dataDir = args[++i]; break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal) || file is not null) return UsageError();
                    file = args[i];
                    break;
            }
        }
        if (file is null || !ImportLimits.TryParseFormat(format, out var parsedFormat)) return UsageError();
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"outlets: no such file: {file}");
            return 1;
        }

        var (registry, store) = Open(dataDir);
        using var input = File.OpenRead(file);
        var report = new OutletImporter(registry, store).Import(input, parsedFormat);
        foreach (var problem in report.Problems)
            Console.WriteLine($"{file}:{problem.Line}: skipped: {problem.Reason}");
        Console.WriteLine($"{report.Rows} rows read, {report.Applied} applied, {report.Problems.Count} skipped, " +
                          $"{report.Changes} stored changes, {report.CreatedOutlets} new outlets");
        return 0;
    }

    private static int Export(string[] args)
    {
        string? output = null, dataDir = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length: output = args[++i]; break;
                case "--data-dir" when i + 1 < args.Length: dataDir = args[++i]; break;
                default: return UsageError();
            }
        }
        var (_, store) = Open(dataDir);
        var json = JsonSerializer.Serialize(store.Load(), new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true });
        if (output is null) Console.WriteLine(json);
        else
        {
            File.WriteAllText(output, json + Environment.NewLine);
            Console.Error.WriteLine($"outlets: wrote {output}");
        }
        return 0;
    }

    private static (OutletRegistry Registry, OutletUserStore Store) Open(string? dataDir)
    {
        var options = new BiasCompanionOptions
        {
            DataDir = dataDir ?? Environment.GetEnvironmentVariable("BIASCOMPANION_DATA_DIR") ?? "",
        };
        var database = SqliteDatabase.InFolder(options.ResolveDataDir());
        database.Initialize();
        var store = new OutletUserStore(database, TimeProvider.System);
        return (new OutletRegistry(ShippedOutletFile.LoadEmbedded(), PublicSuffixes.LoadEmbedded(), store), store);
    }

    private static int UsageError()
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
