using System.Text;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// Empties every &lt;noscript&gt; before the page is parsed. A browser that runs scripts reads a noscript's content as
/// plain text, and pages are written for one: a GTM snippet's self-closed &lt;iframe/&gt; inside a noscript turns the
/// rest of the page into iframe text for a parser that does not. AngleSharp gives that reading only with its scripting
/// option, which also switches it to a copying text source: 45 % slower over the wcxb-dev articles (median 1.31 → 1.92
/// ms a page). So the page is parsed without it, and the content it would have kept as text goes first. Nothing reads
/// that text: SmartReader removes noscripts before it scores the page, and the metadata is read from elements. A lone
/// &lt;img&gt; stays: SmartReader swaps it in for a lazy-loading placeholder, and that changes which blocks it keeps.
/// Comments and the text of script, style and the other raw-text elements are skipped, as a tokenizer would (<see cref="HtmlTagScan"/>).
/// </summary>
internal static class NoscriptContent
{
    public static string Empty(string html)
    {
        if (html.IndexOf("<noscript", StringComparison.OrdinalIgnoreCase) < 0) return html;
        StringBuilder? result = null;
        int copied = 0, i = 0;
        while (HtmlTagScan.Next(html, i, out var tag))
        {
            i = tag.End + 1;
            if (tag.Closing) continue;
            var name = HtmlTagScan.Name(html, tag);
            if (name.Equals("noscript", StringComparison.OrdinalIgnoreCase))
            {
                var end = html.IndexOf("</noscript", i, StringComparison.OrdinalIgnoreCase);
                if (end < 0) end = html.Length;
                if (end > i && !IsLoneImage(html.AsSpan(i, end - i)))
                {
                    result ??= new StringBuilder(html.Length);
                    result.Append(html, copied, i - copied);
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
        }
        if (result is null) return html;
        return result.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>A lazy-loaded image's fallback: SmartReader puts it in place of its placeholder, and a void tag parses the same either way.</summary>
    private static bool IsLoneImage(ReadOnlySpan<char> content)
    {
        content = content.Trim();
        return content.StartsWith("<img", StringComparison.OrdinalIgnoreCase) && content.Length > 4 && !char.IsAsciiLetterOrDigit(content[4])
            && content[^1] == '>' && content.Count('<') == 1 && content.Count('>') == 1;
    }
}
