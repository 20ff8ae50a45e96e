using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace BiasCompanion.Host.Ingestion.Feeds;

/// <summary>
/// RSS 2.0/0.9x, RSS 1.0 (RDF), Atom and JSON Feed, tolerant of what real feeds get wrong: BOMs, wrong or missing
/// encodings, bare ampersands and HTML entities, HTML in titles, bad dates, missing guids, relative links.
/// Never throws; no DTDs or external entities are processed.
/// </summary>
public static partial class FeedParser
{
    public const int MaxItems = 500;

    static FeedParser() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); // windows-125x, ISO-8859-x, KOI8...

    public static FeedParseResult Parse(byte[] body, Uri feedUrl, string? charset = null)
    {
        try
        {
            var text = Decode(body, charset);
            var start = text.AsSpan().TrimStart();
            if (start.Length == 0) return Failed("empty feed");
            if (start[0] == '{') return ParseJson(text, feedUrl);
            if (XmlNesting.Exceeds(text, XmlNesting.MaxDepth)) return Failed($"nested deeper than {XmlNesting.MaxDepth} elements");
            var document = LoadXml(text);
            if (document?.Root is not { } root) return Failed("not XML, RSS, Atom or JSON Feed");
            return root.Name.LocalName.ToLowerInvariant() switch
            {
                "rss" => FromItems("rss", root.Elements().FirstOrDefault(e => Is(e, "channel")) ?? root, "item", feedUrl),
                "rdf" => FromItems("rdf", root, "item", feedUrl),
                "feed" => FromItems("atom", root, "entry", feedUrl),
                "channel" => FromItems("rss", root, "item", feedUrl),
                _ => Failed($"unknown feed root <{root.Name.LocalName}>"),
            };
        }
        catch (Exception error) when (error is XmlException or JsonException or DecoderFallbackException or ArgumentException or InvalidOperationException)
        {
            return Failed($"unreadable feed: {error.Message}");
        }
    }

    private static FeedParseResult Failed(string error) => new(null, null, [], error);

    /// <summary>BOM, then the HTTP charset, then the XML declaration's encoding, then UTF-8 (windows-1252 if invalid).</summary>
    private static string Decode(byte[] body, string? charset)
    {
        var bomEncoding = body switch
        {
            [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8,
            [0xFF, 0xFE, ..] => Encoding.Unicode,
            [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
            _ => null,
        };
        if (bomEncoding is not null) return bomEncoding.GetString(body).TrimStart('\uFEFF');

        var declared = charset ?? DeclaredEncoding(body);
        if (declared is not null && TryEncoding(declared) is { } encoding && encoding.CodePage != Encoding.UTF8.CodePage)
            return encoding.GetString(body);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return (TryEncoding("windows-1252") ?? Encoding.Latin1).GetString(body);
        }
    }

    private static string? DeclaredEncoding(byte[] body)
    {
        var head = Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 200));
        var match = XmlEncoding().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static Encoding? TryEncoding(string name)
    {
        try { return Encoding.GetEncoding(name.Trim()); }
        catch (ArgumentException) { return null; }
        catch (NotSupportedException) { return null; } // UTF-7: .NET refuses it
    }

    private static XDocument? LoadXml(string text)
    {
        text = XmlDeclaration().Replace(text, "", 1); // the string is decoded already: the declaration's encoding no longer applies
        try
        {
            return Load(text);
        }
        catch (XmlException)
        {
            return Load(Repair(text));
        }
    }

    private static XDocument Load(string text)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = 64L * 1024 * 1024,
            CheckCharacters = false,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using var reader = XmlReader.Create(new StringReader(text), settings);
        return XDocument.Load(reader);
    }

    /// <summary>The usual breakage: bare '&amp;', HTML named entities, control characters.</summary>
    private static string Repair(string text)
    {
        text = InvalidXmlChars().Replace(text, "");
        return Entity().Replace(text, match =>
        {
            var name = match.Groups[1].Value;
            if (name.Length == 0) return "&amp;";
            if (name is "amp" or "lt" or "gt" or "quot" or "apos" || name.StartsWith('#')) return match.Value;
            var decoded = System.Net.WebUtility.HtmlDecode(match.Value);
            return decoded == match.Value ? "&amp;" + match.Value[1..] : System.Security.SecurityElement.Escape(decoded);
        });
    }

    private static FeedParseResult FromItems(string format, XElement container, string itemName, Uri feedUrl)
    {
        var title = HtmlText.ToPlainText(Child(container, "title")?.Value, singleLine: true);
        var items = container.Descendants().Where(e => Is(e, itemName)).Take(MaxItems)
            .Select(e => format == "atom" ? AtomItem(e, feedUrl) : RssItem(e, feedUrl))
            .OfType<FeedItem>()
            .ToList();
        return new FeedParseResult(format, title.Length > 0 ? title : null, items, null);
    }

    private static FeedItem? RssItem(XElement item, Uri feedUrl)
    {
        var guid = Child(item, "guid");
        var permalink = guid is not null && !string.Equals(guid.Attribute("isPermaLink")?.Value, "false", StringComparison.OrdinalIgnoreCase)
            ? guid.Value : null;
        var url = Absolute(Child(item, "link")?.Value, feedUrl) ?? Absolute(permalink, feedUrl)
                  ?? Absolute(item.Attributes().FirstOrDefault(a => a.Name.LocalName == "about")?.Value, feedUrl);
        if (url is null) return null;
        var content = Child(item, "encoded")?.Value;
        var description = Child(item, "description")?.Value;
        return new FeedItem
        {
            Url = url,
            Id = guid?.Value.Trim() is { Length: > 0 } id ? id : url,
            Title = NullIfEmpty(HtmlText.ToPlainText(Child(item, "title")?.Value, singleLine: true)),
            Author = NullIfEmpty(HtmlText.ToPlainText(Child(item, "creator")?.Value ?? Child(item, "author")?.Value, singleLine: true)),
            Published = FeedDates.Parse(Child(item, "pubDate")?.Value ?? Child(item, "date")?.Value ?? Child(item, "published")?.Value),
            Text = HtmlText.ToPlainText(Longer(content, description)),
        };
    }

    private static FeedItem? AtomItem(XElement entry, Uri feedUrl)
    {
        var links = entry.Elements().Where(e => Is(e, "link")).ToList();
        var link = links.FirstOrDefault(l => (l.Attribute("rel")?.Value ?? "alternate") == "alternate") ?? links.FirstOrDefault();
        var url = Absolute(link?.Attribute("href")?.Value ?? link?.Value, feedUrl);
        if (url is null) return null;
        return new FeedItem
        {
            Url = url,
            Id = Child(entry, "id")?.Value.Trim() is { Length: > 0 } id ? id : url,
            Title = NullIfEmpty(HtmlText.ToPlainText(Child(entry, "title")?.Value, singleLine: true)),
            Author = NullIfEmpty(HtmlText.ToPlainText(Child(entry, "author")?.Elements().FirstOrDefault(e => Is(e, "name"))?.Value, singleLine: true)),
            Published = FeedDates.Parse(Child(entry, "published")?.Value ?? Child(entry, "updated")?.Value ?? Child(entry, "issued")?.Value),
            Text = HtmlText.ToPlainText(Longer(Child(entry, "content")?.Value, Child(entry, "summary")?.Value)),
        };
    }

    private static FeedParseResult ParseJson(string text, Uri feedUrl)
    {
        using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 32, AllowTrailingCommas = true });
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            return Failed("JSON without an 'items' array");
        var list = new List<FeedItem>();
        foreach (var item in items.EnumerateArray().Take(MaxItems))
        {
            if (item.ValueKind != JsonValueKind.Object) continue;
            var url = Absolute(String(item, "url"), feedUrl) ?? Absolute(String(item, "external_url"), feedUrl);
            if (url is null) continue;
            var author = item.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array && authors.GetArrayLength() > 0
                ? String(authors[0], "name")
                : item.TryGetProperty("author", out var single) ? String(single, "name") : null;
            list.Add(new FeedItem
            {
                Url = url,
                Id = String(item, "id") ?? url,
                Title = NullIfEmpty(HtmlText.ToPlainText(String(item, "title"), singleLine: true)),
                Author = author,
                Published = FeedDates.Parse(String(item, "date_published") ?? String(item, "date_modified")),
                Text = String(item, "content_text") is { Length: > 0 } plain
                    ? plain.Trim()
                    : HtmlText.ToPlainText(Longer(String(item, "content_html"), String(item, "summary"))),
            });
        }
        return new FeedParseResult("json", NullIfEmpty(String(root, "title")), list, null);
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() : null;

    private static XElement? Child(XElement parent, string localName) => parent.Elements().FirstOrDefault(e => Is(e, localName));

    private static bool Is(XElement element, string localName) =>
        string.Equals(element.Name.LocalName, localName, StringComparison.OrdinalIgnoreCase);

    private static string? Longer(string? a, string? b) => (a?.Length ?? 0) >= (b?.Length ?? 0) ? a : b;

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string? Absolute(string? link, Uri feedUrl)
    {
        if (string.IsNullOrWhiteSpace(link) || link.Length > 2048) return null;
        if (!Uri.TryCreate(feedUrl, link.Trim(), out var uri)) return null;
        return uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
    }

    [GeneratedRegex("""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_\-:.]+)["']""")]
    private static partial Regex XmlEncoding();

    [GeneratedRegex(@"^\s*<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31})?;?")]
    private static partial Regex Entity();

    [GeneratedRegex(@"[\x00-\x08\x0B\x0C\x0E-\x1F]")]
    private static partial Regex InvalidXmlChars();
}
