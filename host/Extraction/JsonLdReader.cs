using System.Text.Json;
using System.Text.RegularExpressions;

namespace BiasCompanion.Host.Extraction;

/// <summary>What the page's JSON-LD says about its main article (or, failing that, its main entity).</summary>
public sealed class JsonLdFacts
{
    /// <summary>Every @type seen on top-level entities and their mainEntity, lower case.</summary>
    public HashSet<string> Types { get; } = new(StringComparer.OrdinalIgnoreCase);
    public bool HasArticle { get; set; }
    public string? Headline { get; set; }
    public List<string> Authors { get; } = [];

    /// <summary>The author of the first forum post or question (the thread's opening post), kept apart from article authors.</summary>
    public string? PostAuthor { get; set; }

    /// <summary>The first author a WebPage names when the page has no article entity (newsletter platforms publish posts so).</summary>
    public string? PageAuthor { get; set; }
    public string? DatePublished { get; set; }
    public string? DateModified { get; set; }
    public string? Image { get; set; }
    public string? Publisher { get; set; }
    public string? Language { get; set; }
    public string? Url { get; set; }
    public string? ArticleBody { get; set; }
}

/// <summary>Reads JSON-LD blocks, tolerating broken JSON, arrays and <c>@graph</c>.</summary>
public static partial class JsonLdReader
{
    private const int MaxBlockChars = 1_000_000;
    private const int MaxDepth = 32;
    private const int MaxNamedNodes = 500;

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "Report",
        "ScholarlyArticle", "TechArticle", "SatiricalArticle", "AdvertiserContentArticle", "MedicalScholarlyArticle", "Review",
    };

    private static readonly HashSet<string> PostTypes = new(StringComparer.OrdinalIgnoreCase) { "DiscussionForumPosting", "Question" };

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64,
    };

    /// <summary>Reads the page's JSON-LD block texts, in document order.</summary>
    public static JsonLdFacts Read(IEnumerable<string> blockTexts)
    {
        var facts = new JsonLdFacts();
        var blocks = new List<JsonDocument>();
        try
        {
            foreach (var text in blockTexts)
            {
                if (text.Length > MaxBlockChars) continue;
                if (TryParse(text) is { } json) blocks.Add(json);
            }
            // Yoast and friends name the author once, as a Person node in the @graph, and point to it by @id.
            var named = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var json in blocks) CollectNamed(json.RootElement, named, 0);
            foreach (var json in blocks) Visit(json.RootElement, facts, 0, topLevel: true, named);
        }
        finally
        {
            foreach (var json in blocks) json.Dispose();
        }
        return facts;
    }

    private static void CollectNamed(JsonElement node, Dictionary<string, string> named, int depth)
    {
        if (depth > MaxDepth || named.Count >= MaxNamedNodes) return;
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray()) CollectNamed(item, named, depth + 1);
            return;
        }
        if (node.ValueKind != JsonValueKind.Object) return;
        if (String(node, "@id") is { } id && (String(node, "name") ?? JoinNames(node)) is { } name) named.TryAdd(id, name);
        foreach (var property in node.EnumerateObject())
            if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array) CollectNamed(property.Value, named, depth + 1);
    }

    private static JsonDocument? TryParse(string text)
    {
        text = text.Trim();
        if (text.StartsWith("<![CDATA[", StringComparison.Ordinal)) text = text[9..];
        if (text.EndsWith("]]>", StringComparison.Ordinal)) text = text[..^3];
        text = text.Trim().TrimEnd(';');
        try { return JsonDocument.Parse(text, Options); }
        catch (JsonException) { }
        // Common breakage: raw newlines/tabs inside strings, several objects back to back.
        var repaired = ControlChars().Replace(text, " ");
        if (repaired.StartsWith('{') && BackToBack().IsMatch(repaired)) repaired = "[" + BackToBack().Replace(repaired, "},{") + "]";
        try { return JsonDocument.Parse(repaired, Options); }
        catch (JsonException) { return null; }
    }

    private static void Visit(JsonElement node, JsonLdFacts facts, int depth, bool topLevel, Dictionary<string, string> named)
    {
        if (depth > MaxDepth) return;
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray()) Visit(item, facts, depth + 1, topLevel, named);
            return;
        }
        if (node.ValueKind != JsonValueKind.Object) return;

        if (node.TryGetProperty("@graph", out var graph)) Visit(graph, facts, depth + 1, topLevel: true, named);

        var types = TypesOf(node);
        if (topLevel) foreach (var t in types) facts.Types.Add(t);
        var isArticle = types.Any(ArticleTypes.Contains);
        if (isArticle && !facts.HasArticle)
        {
            facts.HasArticle = true;
            Take(node, facts, named);
        }
        else if (isArticle)
        {
            facts.DatePublished ??= String(node, "datePublished");
            if (facts.Authors.Count == 0) facts.Authors.AddRange(Names(node, "author", named));
        }

        if (facts.PostAuthor is null && types.Any(PostTypes.Contains)) facts.PostAuthor = Names(node, "author", named).FirstOrDefault();

        if (node.TryGetProperty("mainEntity", out var main) || node.TryGetProperty("mainEntityOfPage", out main))
            if (main.ValueKind is JsonValueKind.Object or JsonValueKind.Array) Visit(main, facts, depth + 1, topLevel, named);

        // A WebPage without any article still carries useful dates and a headline-ish name.
        if (!facts.HasArticle && types.Any(t => t.EndsWith("WebPage", StringComparison.OrdinalIgnoreCase)))
        {
            facts.DatePublished ??= String(node, "datePublished");
            facts.DateModified ??= String(node, "dateModified");
            facts.PageAuthor ??= Names(node, "author", named).FirstOrDefault();
        }
    }

    private static void Take(JsonElement node, JsonLdFacts facts, Dictionary<string, string> named)
    {
        facts.Headline = String(node, "headline") ?? String(node, "name");
        facts.Authors.AddRange(Names(node, "author", named));
        if (facts.Authors.Count == 0) facts.Authors.AddRange(Names(node, "creator", named));
        facts.DatePublished = String(node, "datePublished") ?? String(node, "dateCreated") ?? facts.DatePublished;
        facts.DateModified = String(node, "dateModified") ?? facts.DateModified;
        facts.Image = ImageUrl(node);
        facts.Publisher = Names(node, "publisher", named).FirstOrDefault();
        facts.Language = String(node, "inLanguage");
        facts.Url = String(node, "url");
        facts.ArticleBody = String(node, "articleBody");
    }

    private static List<string> TypesOf(JsonElement node)
    {
        var list = new List<string>();
        if (!node.TryGetProperty("@type", out var type)) return list;
        if (type.ValueKind == JsonValueKind.String) list.Add(type.GetString()!);
        else if (type.ValueKind == JsonValueKind.Array)
            foreach (var t in type.EnumerateArray())
                if (t.ValueKind == JsonValueKind.String) list.Add(t.GetString()!);
        return list;
    }

    private static string? String(JsonElement node, string name)
    {
        if (!node.TryGetProperty(name, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Array) value = value.EnumerateArray().FirstOrDefault();
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Object when value.TryGetProperty("@value", out var v) && v.ValueKind == JsonValueKind.String => v.GetString(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static IEnumerable<string> Names(JsonElement node, string property, Dictionary<string, string> named)
    {
        if (!node.TryGetProperty(property, out var value)) yield break;
        foreach (var item in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : Enumerable.Repeat(value, 1))
        {
            var name = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object => String(item, "name") ?? JoinNames(item) ?? (String(item, "@id") is { } id ? named.GetValueOrDefault(id) : null),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(name)) yield return name.Trim();
        }
    }

    private static string? JoinNames(JsonElement item)
    {
        var given = String(item, "givenName");
        var family = String(item, "familyName");
        var joined = $"{given} {family}".Trim();
        return joined.Length > 0 ? joined : null;
    }

    private static string? ImageUrl(JsonElement node)
    {
        if (!node.TryGetProperty("image", out var image)) return null;
        if (image.ValueKind == JsonValueKind.Array) image = image.EnumerateArray().FirstOrDefault();
        return image.ValueKind switch
        {
            JsonValueKind.String => image.GetString(),
            JsonValueKind.Object => String(image, "url") ?? String(image, "contentUrl"),
            _ => null,
        };
    }

    [GeneratedRegex(@"[\u0000-\u001F]")]
    private static partial Regex ControlChars();

    [GeneratedRegex(@"\}\s*\{")]
    private static partial Regex BackToBack();
}
