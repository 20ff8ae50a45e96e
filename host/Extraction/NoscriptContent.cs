namespace BiasCompanion.Host.Extraction;

/// <summary>
/// Empties every &lt;noscript&gt; before the page is parsed. A browser that runs scripts reads a noscript's content as
/// plain text, and pages are written for one: a GTM snippet's self-closed &lt;iframe/&gt; inside a noscript turns the
/// rest of the page into iframe text for a parser that does not. AngleSharp gives that reading only with its scripting
/// option, which also switches it to a copying text source: 45 % slower over the wcxb-dev articles (median 1.31 → 1.92
/// ms a page). So the page is parsed without it, and the content it would have kept as text goes first. Nothing reads
/// that text: SmartReader removes noscripts before it scores the page, and the metadata is read from elements. A lone
/// &lt;img&gt; stays: SmartReader swaps it in for a lazy-loading placeholder, and that changes which blocks it keeps.
/// Comments and the text of script, style and the other raw-text elements are skipped, as a tokenizer would (<see cref="PageTags"/>).
/// </summary>
internal static class NoscriptContent
{
    public static string Empty(string html) =>
        html.Contains("<noscript", StringComparison.OrdinalIgnoreCase) ? PageTags.Read(html, int.MaxValue, emptyNoscripts: true).Html : html;

    /// <summary>Whether a noscript's content goes: all of it but a lone image.</summary>
    public static bool MustGo(ReadOnlySpan<char> content) => !IsLoneImage(content);

    /// <summary>A lazy-loaded image's fallback: SmartReader puts it in place of its placeholder, and a void tag parses the same either way.</summary>
    private static bool IsLoneImage(ReadOnlySpan<char> content)
    {
        content = content.Trim();
        return content.StartsWith("<img", StringComparison.OrdinalIgnoreCase) && content.Length > 4 && !char.IsAsciiLetterOrDigit(content[4])
            && content[^1] == '>' && content.Count('<') == 1 && content.Count('>') == 1;
    }
}
