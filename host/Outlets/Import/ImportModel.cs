using System.Text.Json.Serialization;

namespace BiasCompanion.Host.Outlets.Import;

[JsonConverter(typeof(JsonStringEnumConverter<ImportFormat>))]
public enum ImportFormat { AllSides, Mbfc, Opml }

/// <summary>A row that was skipped, with its line in the imported file (1-based).</summary>
public sealed record ImportProblem(int Line, string Reason);

/// <param name="Rows">Rows read from the file.</param>
/// <param name="Applied">Good rows applied (in one transaction).</param>
/// <param name="Changes">Stored rows actually inserted, updated or deleted; 0 when the file was already imported.</param>
/// <param name="CreatedOutlets">Outlets the import added because no known outlet matched.</param>
public sealed record ImportReport(ImportFormat Format, int Rows, int Applied, int Changes, int CreatedOutlets, IReadOnlyList<ImportProblem> Problems);

/// <summary>One validated row of a rater file or feed list, not yet matched to an outlet.</summary>
public sealed record ImportRow
{
    public required int Line { get; init; }
    public string? Name { get; init; }
    /// <summary>A host or url naming the outlet's site.</summary>
    public string? Site { get; init; }
    public BiasLabel? Bias { get; init; }
    public Factuality? Factuality { get; init; }
    /// <summary>Null when the format says nothing about flags; otherwise the complete set this source gives.</summary>
    public IReadOnlyList<string>? Flags { get; init; }
    public string? FeedUrl { get; init; }
}

public sealed record ParsedImport(IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportProblem> Problems, int RowsRead);

public static class ImportLimits
{
    public const int MaxBytes = 8 * 1024 * 1024;
    public const int MaxRows = 50_000;
    public const int MaxFieldLength = 2048;
    public const int MaxNameLength = 200;

    public static bool TryParseFormat(string? text, out ImportFormat format)
    {
        format = default;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "allsides": format = ImportFormat.AllSides; return true;
            case "mbfc": format = ImportFormat.Mbfc; return true;
            case "opml": format = ImportFormat.Opml; return true;
            default: return false;
        }
    }
}
