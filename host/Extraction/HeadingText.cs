using AngleSharp.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// A heading's text as the reader sees it, line by line: a line break or a block inside it starts a new line ("(US)&lt;br&gt;Your
/// guide" is not "(US)Your guide"), and a &lt;time&gt; inside it (the date some blogs print in the headline's line) or an
/// icon's &lt;svg&gt; title is left out, as is anything marked hidden.
/// </summary>
public static class HeadingText
{
    private const int MaxNodes = 500;

    /// <summary>The heading's lines, each collapsed, joined with '\n'; one line for most headings.</summary>
    public static string Of(IElement heading)
    {
        if (heading.ChildElementCount == 0) return PageMetadata.TextOf(heading);
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        IElement? lastBlock = null;
        var visited = 0;
        foreach (var node in heading.GetDescendants())
        {
            if (++visited > MaxNodes) break;
            if (node is IElement { TagName: "BR" }) EndLine(lines, line);
            if (node is not IText text || Hidden(text, heading)) continue;
            var block = BlockOf(text, heading);
            if ((lastBlock is not null && block != lastBlock) || Glued(line, text)) EndLine(lines, line);
            line.Append(text.Data);
            lastBlock = block;
        }
        EndLine(lines, line);
        return string.Join('\n', lines);
    }

    private static void EndLine(List<string> lines, System.Text.StringBuilder line)
    {
        var text = TextNormaliser.Collapse(line.ToString());
        if (text.Length > 0) lines.Add(text);
        line.Clear();
    }

    private static bool Hidden(IText text, IElement heading)
    {
        for (var e = text.ParentElement; e is not null && e != heading; e = e.ParentElement)
            if (e.TagName is "TIME" or "SVG" or "svg" || e.HasAttribute("hidden") || IsLabel(e)) return true;
        return false;
    }

    /// <summary>A forum thread's prefix ("Question", "News") or a badge printed in the heading: a tag, not the headline's words.</summary>
    private static bool IsLabel(IElement e) => e.GetAttribute("class") is { } cls && (TokenList.Has(cls, "label") || TokenList.Has(cls, "badge"));

    private static IElement BlockOf(IText text, IElement heading)
    {
        for (var e = text.ParentElement; e is not null && e != heading; e = e.ParentElement)
            if (e.TagName is "DIV" or "P" or "LI" or "H2" or "H3" or "H4" or "H5" or "H6") return e;
        return heading;
    }

    /// <summary>
    /// A text of several words that opens with a capital straight after another element's word ending in a small letter
    /// or a bracket ("Alternatives" then "Top picks"): a second line set apart only by the page's CSS. One word is more
    /// likely a styled part of a name ("Mc&lt;span&gt;Intyre&lt;/span&gt;").
    /// </summary>
    private static bool Glued(System.Text.StringBuilder line, IText text)
    {
        if (line.Length == 0 || text.Data.Length == 0 || text.PreviousSibling is IText || !text.Data.Trim().Contains(' ')) return false;
        var before = line[^1];
        return (char.IsLower(before) || before == ')') && char.IsUpper(text.Data[0]);
    }
}
