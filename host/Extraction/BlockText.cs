using System.Buffers;
using System.Text;
using AngleSharp.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>Plain text of an element with one line per block. Iterative, so deep nesting cannot overflow the stack.</summary>
public static class BlockText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "BLOCKQUOTE", "PRE", "TABLE", "TR", "TD", "TH",
        "SECTION", "ARTICLE", "HEADER", "FOOTER", "FIGURE", "FIGCAPTION", "DL", "DT", "DD", "HR", "MAIN", "ASIDE", "NAV",
        "FORM", "ADDRESS", "CAPTION", "DETAILS", "SUMMARY", "CENTER", "TBODY", "THEAD", "TFOOT",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SELECT", "TEXTAREA", "BUTTON", "IFRAME", "OBJECT", "EMBED", "HEAD", "svg",
    };

    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> accepts.</summary>
    private static readonly SearchValues<char> WhiteSpace =
        SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray());

    public static bool IsBlock(IElement element) => Blocks.Contains(element.LocalName) || Blocks.Contains(element.TagName);

    private const int CheckEvery = 1024;

    public static string Of(INode root, CancellationToken token = default)
    {
        var sb = new StringBuilder();
        var line = new StringBuilder();
        // Stack entries: a node to enter, or (null, element) to leave a block element.
        var stack = new Stack<(INode? Enter, INode? Leave)>();
        stack.Push((root, null));
        var preDepth = 0;
        var visited = 0;
        while (stack.Count > 0)
        {
            if (++visited % CheckEvery == 0) token.ThrowIfCancellationRequested();
            var (enter, leave) = stack.Pop();
            if (leave is not null)
            {
                if (leave is IElement { TagName: "PRE" }) preDepth--;
                Flush(sb, line);
                continue;
            }
            switch (enter)
            {
                case IText text:
                    AppendText(line, text.Data, preDepth > 0, sb);
                    break;
                case IElement element:
                    if (Skipped.Contains(element.TagName) || Skipped.Contains(element.LocalName)) break;
                    if (element.TagName == "BR") { Flush(sb, line); break; }
                    var block = IsBlock(element);
                    if (block)
                    {
                        Flush(sb, line);
                        if (element.TagName == "PRE") preDepth++;
                        stack.Push((null, element));
                    }
                    else if (element.TagName is "TD" or "TH") line.Append(' ');
                    PushChildren(stack, element);
                    break;
                case INode other when other.NodeType is NodeType.Document or NodeType.DocumentFragment:
                    PushChildren(stack, other);
                    break;
            }
        }
        Flush(sb, line);
        return sb.ToString();
    }

    /// <summary>
    /// Last child first, so they pop in document order. By index: AngleSharp's NextSibling/PreviousSibling scan the
    /// parent's child list, so walking siblings through them is quadratic in an element's width.
    /// </summary>
    private static void PushChildren(Stack<(INode? Enter, INode? Leave)> stack, INode node)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--) stack.Push((children[i], null));
    }

    private static void AppendText(StringBuilder line, string data, bool pre, StringBuilder sb)
    {
        if (!pre)
        {
            // Runs at a time: the words as they are, each run of white space as one space (none at a line's start).
            var rest = data.AsSpan();
            while (rest.Length > 0)
            {
                var space = rest.IndexOfAny(WhiteSpace);
                if (space < 0)
                {
                    line.Append(rest);
                    return;
                }
                line.Append(rest[..space]);
                if (line.Length > 0 && line[^1] != ' ') line.Append(' ');
                var next = rest[space..].IndexOfAnyExcept(WhiteSpace);
                rest = next < 0 ? [] : rest[(space + next)..];
            }
            return;
        }
        foreach (var c in data)
        {
            if (c == '\n') Flush(sb, line);
            else line.Append(c);
        }
    }

    private static void Flush(StringBuilder sb, StringBuilder line)
    {
        var text = line.ToString().AsSpan().Trim();
        line.Clear();
        if (text.Length == 0) return;
        if (sb.Length > 0) sb.Append('\n');
        sb.Append(text);
    }
}
