namespace BiasCompanion.Host.Extraction;

/// <summary>The headline: metadata title, stripped of an appended (or prepended) site name, agreeing with an &lt;h1&gt; when one matches.</summary>
public static class TitleChooser
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ", " • ", " / ", " ~ ", " : "];

    public static string? Choose(PageMetadata md, string? readerTitle, string url)
    {
        var candidates = new[] { md.Get("og:title"), md.JsonLd.Headline, md.Get("twitter:title"), md.DocumentTitle, readerTitle }
            .Select(t => TextNormaliser.Collapse(t is null ? null : System.Net.WebUtility.HtmlDecode(t))).Where(t => t.Length > 0).ToList();
        if (candidates.Count == 0) return md.H1s.FirstOrDefault();

        var site = SiteNames(md, url);
        var title = StripSiteName(candidates[0], site);

        // An h1 equal to a candidate (or to a part of one) is the page's own headline.
        foreach (var h1 in md.H1s)
        {
            var h = TextNormaliser.ForComparison(h1);
            if (h.Length < 3) continue;
            foreach (var c in candidates.Take(4))
            {
                var cn = TextNormaliser.ForComparison(c);
                if (cn == h || (cn.Contains(h) && h.Length >= cn.Length / 2 && !IsSite(h1, site))) return h1;
            }
        }
        // A page with one <h1> shows its headline there; the metadata title is often an SEO rewrite of it.
        if (md.H1s.Count == 1 && SharesWords(md.H1s[0], title) && !IsSite(md.H1s[0], site)) return md.H1s[0];
        return title;
    }

    private const int MaxHeadlineChars = 200;

    private static bool SharesWords(string h1, string title)
    {
        // An all-capitals <h1> is usually styling typed into the markup; the metadata keeps the real case.
        if (h1.Length is < 3 or > MaxHeadlineChars || (h1.Any(char.IsUpper) && !h1.Any(char.IsLower))) return false;
        var h = Words(h1);
        var common = h.Intersect(Words(title)).Count();
        return h.Count > 0 && common >= Math.Min(2, h.Count);
    }

    private static HashSet<string> Words(string s) =>
        TextNormaliser.ForComparison(s).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0).ToHashSet();

    internal static string StripSiteName(string title, IReadOnlyCollection<string> site)
    {
        foreach (var sep in Separators)
        {
            var parts = title.Split(sep);
            if (parts.Length < 2) continue;
            if (IsSite(parts[^1], site)) return StripSiteName(string.Join(sep, parts[..^1]).Trim(), site);
            if (IsSite(parts[0], site)) return StripSiteName(string.Join(sep, parts[1..]).Trim(), site);
        }
        return title;
    }

    private static bool IsSite(string part, IReadOnlyCollection<string> site)
    {
        var p = Squash(part);
        if (p.Length == 0) return false;
        return site.Any(s => s.Length > 0 && (p == s || (p.Length >= 4 && (s.Contains(p) || p.Contains(s)))));
    }

    private static List<string> SiteNames(PageMetadata md, string url)
    {
        var names = new List<string>();
        foreach (var n in new[] { md.Get("og:site_name"), md.JsonLd.Publisher, md.Get("application-name"), md.Get("twitter:site")?.TrimStart('@') })
            if (!string.IsNullOrWhiteSpace(n)) names.Add(Squash(n));
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            var labels = uri.Host.Split('.');
            var main = labels.Length >= 2 ? labels[^2] : labels[0];
            if (labels.Length >= 3 && main.Length <= 3) main = labels[^3]; // bbc.co.uk
            names.Add(Squash(main));
            names.Add(Squash(uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host));
        }
        return names.Where(n => n.Length >= 2).Distinct().ToList();
    }

    private static string Squash(string s) => new(s.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
