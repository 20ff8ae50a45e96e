using System.Text.RegularExpressions;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// The site's own name in a title: which names count as the site's (og:site_name, publisher, application name, the
/// host), and the ways pages put it around the headline ("Headline | Site", "Site Blog: Headline", "site.com Headline").
/// </summary>
internal static partial class TitleSiteName
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ", " • ", " / ", " ~ ", " : "];

    /// <summary>"Blog: Headline" or "Acme Blog: Headline", where Acme is the site: the label says where the post is, not what.</summary>
    public static string WithoutBlogLabel(string title, IReadOnlyCollection<string> site)
    {
        var match = BlogLabel().Match(title);
        if (!match.Success || TitleChooser.WordCount(match.Groups["rest"].Value) < 2) return title;
        var name = match.Groups["name"].Value;
        return name.Length == 0 || Is(name, site) ? match.Groups["rest"].Value : title;
    }

    /// <summary>
    /// "Jane's Notes Headline": a title that opens with the site's name as the page prints it in its masthead &lt;h1&gt;,
    /// with no separator after it.
    /// </summary>
    public static string WithoutMasthead(string title, List<string> headings, IReadOnlyCollection<string> site)
    {
        foreach (var h in headings)
        {
            if (!site.Contains(TextNormaliser.Squash(h)) || !title.StartsWith(h + " ", StringComparison.OrdinalIgnoreCase)) continue;
            var rest = title[(h.Length + 1)..].Trim();
            if (rest.Length > 0 && char.IsLetterOrDigit(rest[0])) return rest;
        }
        return title;
    }

    /// <summary>The title without a site name appended or prepended after a separator, repeatedly.</summary>
    public static string Strip(string title, IReadOnlyCollection<string> site)
    {
        foreach (var sep in Separators)
        {
            var parts = title.Split(sep);
            if (parts.Length < 2) continue;
            if (Is(parts[^1], site)) return Strip(string.Join(sep, parts[..^1]).Trim(), site);
            if (Is(parts[0], site)) return Strip(string.Join(sep, parts[1..]).Trim(), site);
        }
        return title;
    }

    /// <summary>The part names the site: equal to one of its names, or (four letters or more) inside one or holding one.</summary>
    public static bool Is(string part, IReadOnlyCollection<string> site)
    {
        var p = TextNormaliser.Squash(part);
        if (p.Length == 0) return false;
        return site.Any(s => s.Length > 0 && (p == s || (p.Length >= 4 && (s.Contains(p) || p.Contains(s)))));
    }

    /// <summary>The site's names, squashed (<see cref="TextNormaliser.Squash"/>): stated ones first, then the host's.</summary>
    public static List<string> Names(PageMetadata md, string url)
    {
        var names = new List<string>();
        foreach (var n in new[] { md.Get("og:site_name"), md.JsonLd.Publisher, md.Get("application-name"), md.Get("twitter:site")?.TrimStart('@') })
            if (!string.IsNullOrWhiteSpace(n)) names.Add(TextNormaliser.Squash(n));
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            var labels = uri.Host.Split('.');
            var main = labels.Length >= 2 ? labels[^2] : labels[0];
            if (labels.Length >= 3 && main.Length <= 3) main = labels[^3]; // bbc.co.uk
            names.Add(TextNormaliser.Squash(main));
            names.Add(TextNormaliser.Squash(uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host));
        }
        return names.Where(n => n.Length >= 2).Distinct().ToList();
    }

    [GeneratedRegex(@"^(?:(?<name>\S.{0,40}?)\s+)?(?i:blog)\s*:\s+(?<rest>\S.*)$")]
    private static partial Regex BlogLabel();
}
