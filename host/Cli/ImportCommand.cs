using System.Diagnostics;
using BiasCompanion.Host.Hosting;
using BiasCompanion.Host.Ingestion;

namespace BiasCompanion.Host.Cli;

/// <summary>
/// <c>import FILE [--data-dir DIR]</c>: a JSONL corpus (one article a line) is added to the store with a progress bar
/// and a summary; an OPML feed list (.opml) adds its feeds to the outlets, like <c>outlets import --format opml</c>.
/// </summary>
public static class ImportCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            Console.Error.WriteLine("usage: import FILE.jsonl|FILE.opml [--data-dir DIR]");
            return 2;
        }
        var file = args[0];
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"import: no file {file}");
            return 2;
        }

        if (Path.GetExtension(file).Equals(".opml", StringComparison.OrdinalIgnoreCase))
            return await Outlets.OutletsCommand.RunAsync(["import", file, "--format", "opml", .. args[1..]]);

        await using var app = ServiceRegistration.BuildForCommandLine(args[1..]);
        var importer = app.Services.GetRequiredService<CorpusImporter>();
        var total = CountLines(file);
        var clock = Stopwatch.StartNew();
        var bar = new ProgressBar(total, "articles");
        using var reader = new StreamReader(file, detectEncodingFromByteOrderMarks: true);
        var summary = await importer.ImportAsync(reader, Path.GetFileNameWithoutExtension(file),
            new Progress<CorpusImporter.Summary>(s => bar.Show(s.Lines)));
        bar.Show(summary.Lines);
        bar.Done();

        Console.WriteLine($"imported {file} in {clock.Elapsed.TotalSeconds:F1} s: {summary.Added} added, {summary.Duplicates} duplicates, {summary.Rejected.Count} rejected");
        foreach (var rejection in summary.Rejected.Take(20))
            Console.WriteLine($"  line {rejection.Line}: {rejection.Reason}");
        if (summary.Rejected.Count > 20) Console.WriteLine($"  ... and {summary.Rejected.Count - 20} more");
        return 0;
    }

    private static long CountLines(string file)
    {
        using var stream = File.OpenRead(file);
        var buffer = new byte[1 << 16];
        long lines = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0) lines += buffer.AsSpan(0, read).Count((byte)'\n');
        return lines;
    }
}
