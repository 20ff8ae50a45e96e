namespace BiasCompanion.Host.Extraction;

/// <summary>
/// How deep a page's unclosed elements pile up, estimated from its tags before parsing. AngleSharp's parse time grows
/// with the number of tags times the depth of open elements (20,000 unclosed &lt;div&gt;s take it 2.9 s, 100,000 take
/// 46 s), so a page whose tags nest past a bound is refused unparsed. Elements the parser closes by itself (p, li, td,
/// option...), void and self-closed tags do not count; comments and the text of script, style and the like are skipped.
/// One pass over the tags (<see cref="PageTags"/>), linear in the page.
/// </summary>
internal static class OpenTagDepth
{
    private static readonly HashSet<string> Uncounted = new(StringComparer.Ordinal)
    {
        // void
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
        // closed by the parser when a sibling or the parent ends
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "rtc",
        "html", "head", "body",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UncountedSpan = Uncounted.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The deepest nesting of counted open tags, or the first depth past <paramref name="stopAt"/>.</summary>
    public static int Max(string html, int stopAt) => PageTags.Read(html, stopAt, emptyNoscripts: false).Depth;

    /// <summary>Whether an element of this name (in lower case) counts towards the depth while it is open.</summary>
    public static bool Counts(ReadOnlySpan<char> name) => !UncountedSpan.Contains(name);
}
