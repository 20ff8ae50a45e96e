namespace BiasCompanion.Host.Ingestion.Feeds;

/// <summary>
/// A cheap look at how deep a document's elements nest, before any XML parser sees it: on unclosed nesting XmlReader
/// builds its error message in time quadratic in the depth (50,000 unclosed &lt;item&gt; took minutes).
/// </summary>
public static class XmlNesting
{
    /// <summary>Far deeper than any real feed (they nest about ten levels).</summary>
    public const int MaxDepth = 256;

    public static bool Exceeds(string text, int maxDepth)
    {
        var depth = 0;
        var i = 0;
        while ((i = text.IndexOf('<', i)) >= 0 && i + 1 < text.Length)
        {
            var next = text[i + 1];
            if (next == '!' && Skip(text, ref i, "<![CDATA[", "]]>")) continue;
            if (next == '!' && Skip(text, ref i, "<!--", "-->")) continue;
            var end = text.IndexOf('>', i);
            if (end < 0) return false;
            if (next == '/') depth = Math.Max(0, depth - 1);
            else if ((char.IsLetter(next) || next == '_') && text[end - 1] != '/' && ++depth > maxDepth) return true;
            i = end + 1;
        }
        return false;
    }

    private static bool Skip(string text, ref int i, string open, string close)
    {
        if (string.CompareOrdinal(text, i, open, 0, open.Length) != 0) return false;
        var end = text.IndexOf(close, i + open.Length, StringComparison.Ordinal);
        i = end < 0 ? text.Length : end + close.Length;
        return true;
    }
}
