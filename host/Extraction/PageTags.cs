namespace BiasCompanion.Host.Extraction;

/// <summary>
/// One pass over a page's tags before it is parsed, for the two things read from them there: how deep its unclosed
/// elements pile up (<see cref="OpenTagDepth"/>'s rules) and, when asked, the page with its noscripts emptied
/// (<see cref="NoscriptContent"/>'s). A page's tags took two scans of its text before, a tenth of a millisecond each at
/// the wcxb-dev median.
/// </summary>
internal static class PageTags
{
    /// <returns>The page (a new string only if a noscript was emptied) and the deepest nesting of counted open tags,
    /// or the first depth past <paramref name="stopAt"/>, where the scan stops and the page returned is not to be used.</returns>
    public static (string Html, int Depth) Read(string html, int stopAt, bool emptyNoscripts)
    {
        // The noscript contents that go, as (start, end); the page is copied once, around them, at the end.
        List<(int Start, int End)>? dropped = null;
        int depth = 0, max = 0, i = 0;
        Span<char> lowered = stackalloc char[HtmlTagScan.MaxKnownName];
        while (HtmlTagScan.Next(html, i, out var tag))
        {
            var name = HtmlTagScan.LowerName(html, tag, lowered);
            i = tag.End + 1;
            if (tag.Closing)
            {
                if (OpenTagDepth.Counts(name) && depth > 0) depth--;
            }
            // The parser reads a noscript as text once it is emptied, so nothing in it nests.
            else if (name.SequenceEqual("noscript"))
            {
                var end = html.IndexOf("</noscript", i, StringComparison.OrdinalIgnoreCase);
                if (end < 0) end = html.Length;
                if (emptyNoscripts && end > i && NoscriptContent.MustGo(html.AsSpan(i, end - i))) (dropped ??= []).Add((i, end));
                i = end;
            }
            else if (HtmlTagScan.IsRawText(name))
            {
                var end = HtmlTagScan.RawTextEnd(html, i, name);
                if (end < 0) break;
                i = end;
            }
            else if (html[tag.End - 1] != '/' && OpenTagDepth.Counts(name) && ++depth > max)
            {
                max = depth;
                if (max > stopAt) return (html, max);
            }
        }
        return (dropped is null ? html : Without(html, dropped), max);
    }

    private static string Without(string html, List<(int Start, int End)> dropped) =>
        string.Create(html.Length - dropped.Sum(d => d.End - d.Start), (html, dropped), static (copy, state) =>
        {
            var (page, ranges) = state;
            var from = 0;
            foreach (var (start, end) in ranges)
            {
                page.AsSpan(from, start - from).CopyTo(copy);
                copy = copy[(start - from)..];
                from = end;
            }
            page.AsSpan(from).CopyTo(copy);
        });
}
