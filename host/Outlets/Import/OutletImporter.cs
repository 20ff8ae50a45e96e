using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace BiasCompanion.Host.Outlets.Import;

/// <summary>The whole file was refused (too large, unreadable); nothing was applied.</summary>
public sealed class ImportRejectedException(string message) : Exception(message);

/// <summary>
/// Imports a rater file or feed list into the user's outlet data: rows are validated one by one, bad rows are
/// reported with their line and skipped, the good rows are applied in one transaction. Re-importing a file changes
/// nothing (every write is an upsert that only touches differing rows).
/// </summary>
public sealed partial class OutletImporter(OutletRegistry registry, OutletUserStore store)
{
    public const string OpmlSource = "opml";

    public ImportReport Import(Stream input, ImportFormat format)
    {
        var bytes = ReadBounded(input);
        var parsed = format switch
        {
            ImportFormat.AllSides => AllSidesCsvParser.Parse(new StringReader(Decode(bytes))),
            ImportFormat.Mbfc => MbfcJsonParser.Parse(bytes),
            _ => OpmlParser.Parse(new MemoryStream(bytes, writable: false)),
        };
        return Apply(format, parsed);
    }

    private ImportReport Apply(ImportFormat format, ParsedImport parsed)
    {
        var source = format switch
        {
            ImportFormat.AllSides => RatingVocabulary.AllSidesSource,
            ImportFormat.Mbfc => RatingVocabulary.MbfcSource,
            _ => OpmlSource,
        };
        var problems = new List<ImportProblem>(parsed.Problems);
        var names = NameIndex(registry.All);
        var createdThisRun = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        int applied = 0, changes = 0, created = 0;

        using (var connection = store.Open())
        using (var transaction = connection.BeginTransaction())
        {
            foreach (var row in parsed.Rows)
            {
                var outletId = Match(row, names, createdThisRun, out var newOutlet, out var problem);
                if (outletId is null)
                {
                    problems.Add(new ImportProblem(row.Line, problem));
                    continue;
                }
                if (newOutlet is not null)
                {
                    var inserted = store.InsertNewOutlet(connection, transaction, newOutlet);
                    changes += inserted;
                    created += inserted;
                }
                changes += Write(connection, transaction, outletId, source, row);
                applied++;
            }
            transaction.Commit();
        }
        if (changes > 0) registry.Reload();
        problems.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new ImportReport(format, parsed.RowsRead, applied, changes, created, problems);
    }

    private int Write(SqliteConnection connection, SqliteTransaction transaction, string outletId, string source, ImportRow row)
    {
        var changes = 0;
        if (row.Bias is { } bias)
            changes += store.UpsertRating(connection, transaction, outletId, RatingVocabulary.BiasDimension, source, bias.ToString());
        if (row.Factuality is { } factuality)
            changes += store.UpsertRating(connection, transaction, outletId, RatingVocabulary.FactualityDimension, source, factuality.ToString());
        if (row.Flags is { } flags)
            changes += store.ReplaceFlags(connection, transaction, outletId, source, flags);
        if (row.FeedUrl is { } feed)
            changes += store.AddFeed(connection, transaction, outletId, feed, source);
        return changes;
    }

    /// <summary>The outlet a row is about: by its site, else by its name, else a new outlet for the site's domain.</summary>
    private string? Match(ImportRow row, IReadOnlyDictionary<string, Outlet?> names, Dictionary<string, string> createdThisRun,
        out UserOutletRow? newOutlet, out string problem)
    {
        newOutlet = null;
        problem = "";
        string? domain = null;
        if (row.Site is not null)
        {
            var resolution = registry.Resolve(row.Site);
            if (resolution.Outlet is not null) return resolution.Outlet.Id;
            domain = resolution.RegistrableDomain;
            if (domain.Length == 0)
            {
                problem = $"'{AllSidesCsvParser.Clip(row.Site)}' is not a url or domain";
                return null;
            }
        }
        if (row.Name is not null && FindByName(row.Name, names) is { } byName) return byName.Id;
        if (domain is null)
        {
            problem = $"no known outlet is named '{AllSidesCsvParser.Clip(row.Name ?? "")}' and the row gives no site";
            return null;
        }
        if (createdThisRun.TryGetValue(domain, out var id)) return id;
        id = "user-" + domain.Replace('.', '-');
        createdThisRun[domain] = id;
        newOutlet = new UserOutletRow { Id = id, IsNew = true, Name = row.Name ?? domain, PrimaryDomain = domain, Country = OutletRegistry.UnknownCountry };
        return id;
    }

    private static Outlet? FindByName(string name, IReadOnlyDictionary<string, Outlet?> names)
    {
        var key = NormalizeName(name);
        if (name.Contains("opinion", StringComparison.OrdinalIgnoreCase) && names.GetValueOrDefault(key + "opinion") is { } opinion)
            return opinion;
        return names.GetValueOrDefault(key);
    }

    /// <summary>Normalized name → outlet; a name two outlets share maps to null (ambiguous).</summary>
    private static Dictionary<string, Outlet?> NameIndex(IEnumerable<Outlet> outlets)
    {
        var index = new Dictionary<string, Outlet?>(StringComparer.Ordinal);
        foreach (var outlet in outlets)
        {
            var key = NormalizeName(outlet.Name);
            if (key.Length == 0) continue;
            index[key] = index.ContainsKey(key) ? null : outlet;
        }
        return index;
    }

    /// <summary>"The New York Times (News)" → "newyorktimes".</summary>
    internal static string NormalizeName(string name)
    {
        var withoutNotes = Parenthetical().Replace(name, " ").Trim();
        if (withoutNotes.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) withoutNotes = withoutNotes[4..];
        var key = new StringBuilder(withoutNotes.Length);
        foreach (var c in withoutNotes)
            if (char.IsLetterOrDigit(c)) key.Append(char.ToLowerInvariant(c));
        return key.ToString();
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthetical();

    private static byte[] ReadBounded(Stream input)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > ImportLimits.MaxBytes)
                throw new ImportRejectedException($"the file is larger than {ImportLimits.MaxBytes / (1024 * 1024)} MiB");
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new ImportRejectedException("the file is not UTF-8 text");
        }
    }
}
