using System.IO.Compression;
using System.Text.Json;

namespace BiasCompanion.Bench;

/// <summary>The article pages (isArticle = true) of ../shared/data/extraction/wcxb-dev, read in place.</summary>
public static class WcxbPages
{
    public sealed record Page(string Id, string Url, string Html);

    public static List<Page> Load(string dataRoot, int? max)
    {
        var dir = Path.Combine(dataRoot, "extraction", "wcxb-dev");
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "ground-truth.json")));
        var pages = new List<Page>();
        foreach (var entry in truth.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry.Value.GetProperty("isArticle").ValueKind != JsonValueKind.True) continue;
            var file = Path.Combine(dir, "pages", entry.Name + ".html.gz");
            if (!File.Exists(file)) continue;
            using var gz = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var reader = new StreamReader(gz);
            pages.Add(new Page(entry.Name, entry.Value.GetProperty("url").GetString()!, reader.ReadToEnd()));
            if (pages.Count == max) break;
        }
        return pages;
    }
}
