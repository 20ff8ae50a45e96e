using System.Text;

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
        StringBuilder? emptied = null;
        int depth = 0, max = 0, copied = 0, i = 0;
        while (HtmlTagScan.Next(html, i, out var tag))
        {
            var name = HtmlTagScan.Name(html, tag);
            i = tag.End + 1;
            if (tag.Closing)
            {
                if (OpenTagDepth.Counts(name) && depth > 0) depth--;
            }
            // The parser reads a noscript as text once it is emptied, so nothing in it nests.
            else if (name.Equals("noscript", StringComparison.OrdinalIgnoreCase))
            {
                var end = html.IndexOf("</noscript", i, StringComparison.OrdinalIgnoreCase);
                if (end < 0) end = html.Length;
                if (emptyNoscripts && end > i && NoscriptContent.MustGo(html.AsSpan(i, end - i)))
                {
                    emptied ??= new StringBuilder(html.Length);
                    emptied.Append(html, copied, i - copied);
                    copied = end;
                }
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
        return (emptied is null ? html : emptied.Append(html, copied, html.Length - copied).ToString(), max);
    }
}
