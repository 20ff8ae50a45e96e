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
        candidates.Add(md.AuthorLink);
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
        var text = TextNormaliser.Collapse(System.Net.WebUtility.HtmlDecode(value ?? ""));
        {
            text = Email().Replace(text, " ");
            text = Prefix().Replace(text, "");
            var cut = Tail().Match(text);
            if (cut.Success && cut.Index > 0) text = text[..cut.Index];
            if (!text.Contains(',')) text = RoleTail().Replace(text, "");
            text = text.Replace(" ,", ",").Trim(' ', ',', ';', ':', '|', '·', '-', '–', '—', '"', '“', '”');
            if (text.EndsWith(" .", StringComparison.Ordinal)) text = text[..^2];
        }
        if (text.Length < 2 || text.Length > 100 || LooksLikeUrl(text)) return null;
        if (text.Split(' ').Length > 8 || NotAName().IsMatch(text)) return null;
        return text;
    }

    private static bool LooksLikeUrl(string value) => value.StartsWith("http", StringComparison.OrdinalIgnoreCase) || value.Contains("://");

    // A leading date or one word ("Recipe by", "Guide by", "03/10/2023 by") before "by" belongs to the label, not the name.
    [GeneratedRegex(@"^\s*(read more about\s+|([0-9./-]{6,10}|recipe|guide|review|photos?|words|story|video|illustrations?|interview)\s+by\s+|((posted|written|published|reviewed|authored)\s+by|by|von|par|por|di|door|author|autor|auteur|text)\s*[:\-]?\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s*(\||·|•|—|–|\bPublished|Published\b|Updated|Posted|Reviewed|\bLast\b|\bFormer\b|\bon behalf\b|\bon\s+(?=[A-Z0-9])|\s[0-9]|\bJoined\b|\bMember\b|\s-\s|\s(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*[0-9])")]
    private static partial Regex Tail();

    // A job title after the name with no comma between: "Jane Doe Tech Reporter", "John Roe Founder & Lead Reviewer".
    [GeneratedRegex(@"(?<=\w\s+\w\S*)\s+((Senior|Staff|Chief|Head|Lead|Tech|Games|Sports|News|Deputy|Managing|Contributing|Executive)\s+)*(Founder|Co-Founder|Reporter|Writer|Editor|Consultant|Correspondent|Contributor|Columnist|Gardener|Winemaker|Journalist)\b.*$")]
    private static partial Regex RoleTail();

    // Month or weekday names, placeholders and labels that author selectors pick up instead of a name.
    [GeneratedRegex(@"^((jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thurs|thursday|fri|friday|sat|saturday|sun|sunday)\.?|(the\s+)?authors?|(learn|read)\s+more|about\s+the\s+authors?|([a-z]+\.)+[a-z]*(author|name)[a-z]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAName();

    [GeneratedRegex(@"\S+@\S+\.\S+")]
    private static partial Regex Email();
}
