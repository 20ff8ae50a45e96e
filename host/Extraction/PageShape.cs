using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>Size facts about a parsed page, measured without recursion.</summary>
public sealed record PageShape(int Elements, int MaxDepth, int Links, int LinkTextChars, int TextChars, int Paragraphs, int Forms, int MaxChildren = 0)
{
    private const int BinarySample = 4096;

    /// <summary>True when the start of the text has many control characters (a binary file, not markup).</summary>
    public static bool LooksBinary(string text)
    {
        var n = Math.Min(text.Length, BinarySample);
        var control = 0;
        for (var i = 0; i < n; i++)
        {
            var c = text[i];
            if ((c < 0x20 && c is not '\n' and not '\r' and not '\t' and not '\f') || c == '\uFFFD') control++;
        }
        return n > 0 && control > n / 10;
    }

    public static PageShape Measure(IHtmlDocument doc)
    {
        int elements = 0, maxDepth = 0, links = 0, linkText = 0, paragraphs = 0, forms = 0, textChars = 0, maxChildren = 0;
        // (element, depth, inside a link, the paragraph being measured or null); text nodes are counted where they are met.
        var stack = new Stack<(IElement Element, int Depth, bool InLink, int[]? Paragraph)>();
        if (doc.DocumentElement is not null) stack.Push((doc.DocumentElement, 1, false, null));
        while (stack.Count > 0)
        {
            var (element, depth, inLink, paragraph) = stack.Pop();
            if (element.TagName is "SCRIPT" or "STYLE" or "HEAD" or "NOSCRIPT" or "TEMPLATE") continue;
            elements++;
            if (depth > maxDepth) maxDepth = depth;
            switch (element.TagName)
            {
                case "A": links++; inLink = true; break;
                case "P": paragraph = [0, 0]; break;
                case "FORM": forms++; break;
            }
            // By index, not NextSibling: AngleSharp finds a sibling by scanning the parent's children (quadratic in width).
            var children = element.ChildNodes;
            if (children.Length > maxChildren) maxChildren = children.Length;
            for (var i = 0; i < children.Length; i++)
            {
                switch (children[i])
                {
                    case IText text:
                        if (inLink) linkText += text.Data.Length;
                        if (paragraph is not null && (paragraph[0] += text.Data.Length) > 80 && paragraph[1] == 0) { paragraph[1] = 1; paragraphs++; }
                        textChars += text.Data.Length;
                        break;
                    case IElement child:
                        stack.Push((child, depth + 1, inLink, paragraph));
                        break;
                }
            }
        }
        return new PageShape(elements, maxDepth, links, linkText, textChars, paragraphs, forms, maxChildren);
    }

    /// <summary>
    /// Elements with more than <paramref name="maxChildren"/> child nodes keep the first ones, followed by one text
    /// node with the text of the rest. The element is replaced by a shallow copy the kept children move into: removing
    /// the surplus one by one would itself be quadratic.
    /// </summary>
    public static void Narrow(IHtmlDocument doc, int maxChildren)
    {
        var wide = doc.All.Where(element => element.ChildNodes.Length > maxChildren).ToList();
        foreach (var element in wide)
        {
            if (element.Parent is not { } parent) continue;
            var kept = (IElement)element.Clone(deep: false);
            for (var i = 0; i < maxChildren; i++) kept.AppendChild(element.FirstChild!);
            kept.AppendChild(doc.CreateTextNode(BlockText.Of(element)));
            parent.ReplaceChild(kept, element);
        }
    }

    /// <summary>Moves the children of elements nested deeper than <paramref name="maxDepth"/> up to that depth, so recursive code stays bounded.</summary>
    public static void Flatten(IHtmlDocument doc, int maxDepth)
    {
        var stack = new Stack<(IElement Element, int Depth)>();
        if (doc.DocumentElement is not null) stack.Push((doc.DocumentElement, 1));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (depth >= maxDepth)
            {
                // Keep the text, drop the structure below this depth.
                var text = BlockText.Of(element);
                while (element.FirstChild is not null) element.RemoveChild(element.FirstChild);
                element.AppendChild(doc.CreateTextNode(text));
                continue;
            }
            foreach (var child in element.Children)
                stack.Push((child, depth + 1));
        }
    }
}
