using System.IO.Compression;
using System.Text.Json;

namespace BiasCompanion.Host.Extraction.Eval;

/// <summary>One page of an extraction dev set: <c>DIR/ground-truth.json</c> plus <c>DIR/pages/&lt;id&gt;.html[.gz]</c>.</summary>
public sealed record GoldPage(string Id, string? Url, string? Title, string? Byline, string? Published, string? Body, bool? IsArticle)
{
    public static List<GoldPage> Load(string dir)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "ground-truth.json")));
        var pages = new List<GoldPage>();
        foreach (var entry in json.RootElement.EnumerateObject())
        {
            var v = entry.Value;
            pages.Add(new GoldPage(entry.Name, Str(v, "url"), Str(v, "title"), Str(v, "byline"), Str(v, "published"), Str(v, "body"),
                v.TryGetProperty("isArticle", out var a) && a.ValueKind is JsonValueKind.True or JsonValueKind.False ? a.GetBoolean() : null));
        }
        return pages.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
    }

    public byte[]? ReadHtml(string dir)
    {
        var plain = Path.Combine(dir, "pages", Id + ".html");
        if (File.Exists(plain)) return File.ReadAllBytes(plain);
        var gz = plain + ".gz";
        if (!File.Exists(gz)) return null;
        using var input = new GZipStream(File.OpenRead(gz), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static string? Str(JsonElement v, string name) =>
        v.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
