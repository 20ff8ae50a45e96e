using System.Text.RegularExpressions;

namespace BiasCompanion.Host.Extraction;

/// <summary>The author(s): JSON-LD, then author meta tags, then marked-up author elements, then SmartReader's guess.</summary>
public static partial class BylineChooser
{
    public static string? Choose(PageMetadata md, string? readerByline)
    {
        if (md.JsonLd.Authors.Count > 0)
        {
            var names = md.JsonLd.Authors.Select(Clean).OfType<string>().Distinct().ToList();
            if (names.Count > 0) return string.Join(", ", names);
        }
        var meta = Clean(md.Get("dc:creator", "dcterm:creator", "dc.creator", "dcterms.creator", "author", "article:author", "parsely-author", "sailthru.author", "byl", "citation_author"));
        if (meta is not null) return meta;
        var candidates = new List<string?> { md.ItempropAuthor, md.RelAuthor };
        candidates.AddRange(md.AuthorTexts);
        candidates.Add(readerByline);
        foreach (var candidate in candidates)
        {
            var clean = Clean(candidate);
            if (clean is not null) return clean;
        }
        return null;
    }

    internal static string? Clean(string? value)
    {
        var text = TextNormaliser.Collapse(value);
        {
            text = Email().Replace(text, " ");
            text = Prefix().Replace(text, "");
            var cut = Tail().Match(text);
            if (cut.Success && cut.Index > 0) text = text[..cut.Index];
            text = text.Trim(' ', ',', ';', ':', '|', '·', '-', '–', '—');
        }
        if (text.Length < 2 || text.Length > 100 || LooksLikeUrl(text)) return null;
        if (text.Split(' ').Length > 8) return null;
        return text;
    }

    private static bool LooksLikeUrl(string value) => value.StartsWith("http", StringComparison.OrdinalIgnoreCase) || value.Contains("://");

    [GeneratedRegex(@"^\s*((posted|written|published|reviewed)\s+by|by|von|par|por|di|door|author|autor|auteur|text)\s*[:\-]?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s*(\||·|•|—|–|\bPublished|Published\b|Updated|Posted|Reviewed|Last updated|\bon behalf\b|\bon\s+(?=[A-Z0-9])|\s[0-9]|\bJoined\b|\bMember\b|\s-\s|\s(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*[0-9])")]
    private static partial Regex Tail();

    [GeneratedRegex(@"\S+@\S+\.\S+")]
    private static partial Regex Email();
}
