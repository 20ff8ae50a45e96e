using System.Text.RegularExpressions;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// The headline. A heading that agrees with a metadata title (whole, or one part of it between separators) is the
/// page's own headline; otherwise the most specific metadata title (JSON-LD, Dublin Core, OpenGraph, Twitter,
/// Parse.ly, &lt;title&gt;), stripped of an appended or prepended site name.
/// </summary>
public static partial class TitleChooser
{
    private const int MaxHeadlineChars = 200;

    public static string? Choose(PageMetadata md, string? readerTitle, string url)
    {
        var site = TitleSiteName.Names(md, url);
        var headings = md.H1s.Select(h => TitleSiteName.WithoutBlogLabel(CleanHeading(h), site)).ToList();
        var sources = Sources(md).Select(t => TitleSiteName.WithoutMasthead(TitleSiteName.WithoutBlogLabel(t, site), headings, site)).Distinct().ToList();
        var agreeing = AgreeingHeading(headings, sources, site);
        // A heading printed with a bar in it carries the same furniture as the metadata title ("Headline | Opinion").
        if (agreeing is not null) return CutAtFirstBar(agreeing);
        if (sources.Count == 0)
        {
            var fallback = headings.FirstOrDefault(h => h.Length > 0) ?? TextNormaliser.Collapse(readerTitle);
            return fallback.Length > 0 ? fallback : null;
        }

        var title = CutAtFirstBar(TitleSiteName.Strip(sources[0], site));
        var usable = headings.Where(h => IsUsableHeading(h, site)).ToList();
        // A page with one <h1> shows its headline there; the metadata title is often an SEO rewrite of it.
        // Unless the metadata title is printed as a heading of its own: then the <h1> is a heading inside the text.
        // And unless the <h1> runs over two lines (a headline and its tagline, or a kicker): the metadata has the one line.
        // And unless the markup lost characters the metadata kept ("Beginner? Guide" for "Beginner's Guide").
        if (md.H1s.Count == 1 && usable.Count == 1 && !md.H1s[0].Contains('\n') && SharesWords(usable[0], title) && !PrintedAsHeading(title, md.H2s)
            && !LostCharacters(usable[0], title))
            return CutAtFirstBar(usable[0]);
        if (usable.Count == 0) return StripTrailingPart(title);
        if (md.H1s.Count == 1 && usable.Count == 1 && IsSiteShellTitle(md, sources, title) && !SharesAnyWord(usable[0], title))
            return CutAtFirstBar(usable[0]);
        // A metadata title that names only the site ("| Site Magazine", an empty headline before the bar) says nothing of the page.
        return EdgeBars().IsMatch(title) && TitleSiteName.Is(EdgeBars().Replace(title, ""), site) ? usable[0] : title;
    }

    /// <summary>Metadata titles, most specific first, decoded, without repeats.</summary>
    private static List<string> Sources(PageMetadata md)
    {
        var list = new List<string>(6);
        foreach (var raw in (ReadOnlySpan<string?>)[
                     md.JsonLd.Headline, md.GetPreferringProperty("dc:title", "dcterm:title", "dc.title"), md.GetPreferringProperty("og:title"),
                     md.GetPreferringProperty("twitter:title"), md.Get("parsely-title"), md.DocumentTitle])
        {
            var text = Decode(raw);
            if (text.Length > 0 && !list.Contains(text)) list.Add(text);
        }
        list.RemoveAll(t => IsCutShort(t, list));
        return list;
    }

    // Structured-data tools cut a long headline to the 110 characters search engines once asked for.
    private const int CutHeadlineChars = 100;

    /// <summary>
    /// A long title (or one ending in an ellipsis) that another title goes on from mid-phrase: "… Solutions (Including"
    /// of "… Solutions (Including One Trick) - Site". Going on after a separator instead is the same headline with the
    /// site's name appended.
    /// </summary>
    private static bool IsCutShort(string title, List<string> all)
    {
        var stem = title.TrimEnd('…', '.', ' ');
        if (title.Length < CutHeadlineChars && stem.Length == title.Length) return false;
        foreach (var other in all)
        {
            if (other.Length <= stem.Length + 1 || !other.StartsWith(stem, StringComparison.OrdinalIgnoreCase)) continue;
            var separator = PartSeparator().Match(other, stem.Length);
            if (!separator.Success || separator.Index > stem.Length) return true;
        }
        return false;
    }

    /// <summary>
    /// The first-level heading that equals a metadata title, or a run of its parts between separators ("Headline" in
    /// "Headline | Site"). A whole-title match beats a leading part, which beats any other part; then source order,
    /// then heading order.
    /// </summary>
    private static string? AgreeingHeading(List<string> headings, List<string> sources, IReadOnlyCollection<string> site)
    {
        (int Rank, int Source, int Heading)? best = null;
        string? chosen = null;
        var sourceKeys = sources.Select(TextNormaliser.ForComparison).ToList();
        List<List<string>>? parts = null;
        for (var h = 0; h < headings.Count; h++)
        {
            if (!IsUsableHeading(headings[h], site)) continue;
            var key = TextNormaliser.ForComparison(headings[h]);
            for (var s = 0; s < sources.Count; s++)
            {
                int rank;
                if (sourceKeys[s] == key) rank = 0;
                else if (WithoutBracketedTail(sourceKeys[s]) == key || OpensWith(sourceKeys[s], key)) rank = 1;
                else
                {
                    parts ??= sources.Select(x => PartRuns(x).Select(TextNormaliser.ForComparison).ToList()).ToList();
                    if (!parts[s].Contains(key)) continue;
                    rank = sourceKeys[s].StartsWith(key, StringComparison.Ordinal) ? 1 : 2;
                }
                var candidate = (rank, s, h);
                if (best is null || candidate.CompareTo(best.Value) < 0)
                {
                    best = candidate;
                    chosen = headings[h];
                }
            }
        }
        // An all-capitals heading is styling typed into the markup: the metadata's words are the same, in their real case.
        return chosen is not null && IsAllCapitals(chosen) ? InSourceCase(chosen, sources[best!.Value.Source]) : chosen;
    }

    private static bool IsAllCapitals(string s) => s.Any(char.IsUpper) && !s.Any(char.IsLower);

    /// <summary>The run of <paramref name="source"/> that compares equal to <paramref name="heading"/>, else the heading.</summary>
    private static string InSourceCase(string heading, string source)
    {
        var key = TextNormaliser.ForComparison(heading);
        if (TextNormaliser.ForComparison(source) == key) return source;
        var bracketed = BracketedTail().Match(source);
        if (bracketed.Success && TextNormaliser.ForComparison(bracketed.Groups[1].Value) == key) return bracketed.Groups[1].Value;
        return PartRuns(source).FirstOrDefault(p => TextNormaliser.ForComparison(p) == key) ?? heading;
    }

    /// <summary>"Headline, December 2025" or "Headline: a guide" of the heading "Headline" (three words or more).</summary>
    private static bool OpensWith(string titleKey, string headingKey) =>
        titleKey.Length > headingKey.Length + 2 && titleKey.StartsWith(headingKey, StringComparison.Ordinal)
        && titleKey[headingKey.Length] is ',' or ':' && titleKey[headingKey.Length + 1] == ' ' && WordCount(headingKey) >= 3;

    /// <summary>"Headline (Author Name)": the title with a bracketed aside at its end, which the page's heading leaves out.</summary>
    private static string WithoutBracketedTail(string key)
    {
        var match = BracketedTail().Match(key);
        return match.Success ? match.Groups[1].Value : key;
    }

    private static bool IsUsableHeading(string heading, IReadOnlyCollection<string> site) =>
        heading.Length is >= 3 and <= MaxHeadlineChars && !TitleSiteName.Is(heading, site);

    /// <summary>Every contiguous run of the parts between separators, except the whole title.</summary>
    internal static List<string> PartRuns(string title)
    {
        var pieces = PartSeparator().Split(title);
        var seps = PartSeparator().Matches(title);
        var runs = new List<string>();
        if (pieces.Length < 2 || pieces.Length > 8) return runs;
        for (var i = 0; i < pieces.Length; i++)
        {
            var run = new System.Text.StringBuilder(pieces[i]);
            for (var j = i + 1; j <= pieces.Length; j++)
            {
                if (!(i == 0 && j == pieces.Length)) runs.Add(run.ToString().Trim());
                if (j < pieces.Length) run.Append(seps[j - 1].Value).Append(pieces[j]);
            }
        }
        return runs;
    }

    /// <summary>"Headline | Section | Site": what follows the first bar is never the headline, if two words remain.</summary>
    private static string CutAtFirstBar(string title)
    {
        var bar = title.IndexOf(" | ", StringComparison.Ordinal);
        if (bar < 0) return title;
        var first = title[..bar].Trim();
        return WordCount(first) >= 2 ? first : title;
    }

    /// <summary>Without any heading to compare with, a trailing " - Something" is the site or section, if three words remain.</summary>
    private static string StripTrailingPart(string title)
    {
        var match = TrailingPart().Match(title);
        return match.Success && WordCount(match.Groups[1].Value) >= 3 ? match.Groups[1].Value.Trim() : title;
    }

    /// <summary>The heading is the title with a character or two shown as '?' or '\uFFFD' (a lost encoding), and nothing else different.</summary>
    private static bool LostCharacters(string heading, string title)
    {
        if (heading.IndexOfAny(['?', '\uFFFD']) < 0) return false;
        var h = TextNormaliser.ForComparison(heading);
        var t = TextNormaliser.ForComparison(title);
        if (h == t || h.Length > MaxHeadlineChars) return false;
        var pattern = "^" + Regex.Escape(h).Replace(@"\?", ".{1,2}").Replace("\uFFFD", ".{1,2}") + "$";
        try
        {
            return Regex.IsMatch(t, pattern, RegexOptions.None, TimeSpan.FromMilliseconds(50));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static bool PrintedAsHeading(string title, List<string> headings)
    {
        var key = TextNormaliser.ForComparison(title);
        return headings.Any(h => TextNormaliser.ForComparison(CleanHeading(h)) == key);
    }

    internal static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Decode(string? raw) => TextNormaliser.Collapse(raw is null ? null : System.Net.WebUtility.HtmlDecode(raw));

    /// <summary>Decoded heading text without the permalink marks some sites append (¶, #, §).</summary>
    private static string CleanHeading(string heading) => Decode(heading).TrimEnd('¶', '#', '§', ' ');

    private static bool SharesWords(string h1, string title)
    {
        // An all-capitals <h1> is usually styling typed into the markup; the metadata keeps the real case.
        if (h1.Length is < 3 or > MaxHeadlineChars || IsAllCapitals(h1)) return false;
        var h = Words(h1);
        var common = h.Intersect(Words(title)).Count();
        return h.Count > 0 && common >= Math.Min(2, h.Count);
    }

    /// <summary>
    /// A bare &lt;title&gt; that opens with the site's name ("Site - The heart of the internet"), where nothing else
    /// names the page: the site's shell title, the same on every page.
    /// </summary>
    private static bool IsSiteShellTitle(PageMetadata md, List<string> sources, string strippedTitle) =>
        sources.Count == 1 && Decode(md.DocumentTitle) == sources[0]
        && strippedTitle.Length < sources[0].Length && sources[0].EndsWith(strippedTitle, StringComparison.Ordinal);

    private static bool SharesAnyWord(string h1, string title) => Words(h1).Overlaps(Words(title));

    private static HashSet<string> Words(string s) =>
        TextNormaliser.ForComparison(s).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0).ToHashSet();

    [GeneratedRegex(@"\s+(?:\||-|–|—|::|»|«|·|•|/|~|:)\s+|\s+\|\s*|\s*\|\s+")]
    private static partial Regex PartSeparator();

    [GeneratedRegex(@"^(.*\S)\s+[(\[][^()\[\]]+[)\]]$")]
    private static partial Regex BracketedTail();

    [GeneratedRegex(@"^[|·•»]\s+|\s+[|·•«]$")]
    private static partial Regex EdgeBars();

    [GeneratedRegex(@"^(.*\S)\s+(?:\||-|–|—|::|»|·|•|/)\s+[^|–—»·•]*$")]
    private static partial Regex TrailingPart();
}
