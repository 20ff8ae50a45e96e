namespace BiasCompanion.Host.Extraction;

/// <summary>
/// How deep a page's unclosed elements pile up, estimated from its tags before parsing. AngleSharp's parse time grows
/// with the number of tags times the depth of open elements (20,000 unclosed &lt;div&gt;s take it 2.9 s, 100,000 take
/// 46 s), so a page whose tags nest past a bound is refused unparsed. Elements the parser closes by itself (p, li, td,
/// option...), void and self-closed tags do not count; comments and the text of script, style and the like are skipped.
/// One pass, linear in the page: every search moves on from where the last one ended.
/// </summary>
internal static class OpenTagDepth
{
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        // void
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
        // closed by the parser when a sibling or the parent ends
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "rtc",
        "html", "head", "body",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UncountedSpan = Uncounted.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextSpan = RawText.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The deepest nesting of counted open tags, or the first depth past <paramref name="stopAt"/>.</summary>
    public static int Max(string html, int stopAt)
    {
        int depth = 0, max = 0, i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 2 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var endComment = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (endComment < 0) break;
                i = endComment + 3;
                continue;
            }
            var closing = html[i + 1] == '/';
            var nameStart = i + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0) break;
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            i = tagEnd + 1;
            if (closing)
            {
                if (!UncountedSpan.Contains(name) && depth > 0) depth--;
            }
            else if (RawTextSpan.Contains(name))
            {
                var end = html.IndexOf("</" + name.ToString(), i, StringComparison.OrdinalIgnoreCase);
                if (end < 0) break;
                i = end;
            }
            else if (html[tagEnd - 1] != '/' && !UncountedSpan.Contains(name) && ++depth > max)
            {
                max = depth;
                if (max > stopAt) return max;
            }
        }
        return max;
    }
}
