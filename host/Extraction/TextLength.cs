using System.Text;
using AngleSharp.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// What an element's <c>TextContent</c> tells, read without building it where only its length or a short text is
/// wanted: AngleSharp builds every <c>TextContent</c> in a StringBuilder taken from one process-wide pool behind a lock,
/// and the page's text is read that way thousands of times a page. The text is the same: every descendant text node, in
/// document order, scripts' and styles' included. Recursive, as AngleSharp's own is, down to a depth past which the
/// walk goes on with an explicit stack.
/// </summary>
public static class TextLength
{
    private const int MaxRecursion = 64;

    /// <summary>The length of <paramref name="root"/>'s <c>TextContent</c>.</summary>
    public static int Of(INode root) => root is IText text ? text.Data.Length : Of(root, 0);

    private static int Of(INode node, int depth)
    {
        if (depth == MaxRecursion) return OfIteratively(node);
        var total = 0;
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IText t) total += t.Data.Length;
            else if (child.HasChildNodes) total += Of(child, depth + 1);
        }
        return total;
    }

    private static int OfIteratively(INode root)
    {
        var total = 0;
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var children = stack.Pop().ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                var child = children[i];
                if (child is IText t) total += t.Data.Length;
                else if (child.HasChildNodes) stack.Push(child);
            }
        }
        return total;
    }

    /// <summary><paramref name="root"/>'s <c>TextContent</c> when it is shorter than <paramref name="limit"/> characters, else null.</summary>
    public static string? ShortText(INode root, int limit)
    {
        if (root is IText text) return text.Data.Length < limit ? text.Data : null;
        if (limit <= 0) return null;
        var collected = new Collected(limit);
        return collected.Add(root, 0) ? collected.Text : null;
    }

    /// <summary>The text met so far: one piece needs no copy, more are joined.</summary>
    private struct Collected(int limit)
    {
        private string? _first;
        private StringBuilder? _more;
        private int _length;

        public readonly string Text => _more?.ToString() ?? _first ?? "";

        /// <summary>Adds the text under <paramref name="node"/>; false once it reaches the limit.</summary>
        public bool Add(INode node, int depth)
        {
            if (depth == MaxRecursion) return AddIteratively(node);
            var children = node.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                var child = children[i];
                if (child is IText t) { if (!Append(t.Data)) return false; }
                else if (child.HasChildNodes && !Add(child, depth + 1)) return false;
            }
            return true;
        }

        private bool AddIteratively(INode root)
        {
            var stack = new Stack<INode>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (node is IText t)
                {
                    if (!Append(t.Data)) return false;
                    continue;
                }
                // Reversed onto the stack, so they come off in document order.
                var children = node.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--)
                    if (children[i] is IText || children[i].HasChildNodes) stack.Push(children[i]);
            }
            return true;
        }

        private bool Append(string data)
        {
            if (data.Length == 0) return true;
            _length += data.Length;
            if (_length >= limit) return false;
            if (_first is null) _first = data;
            else (_more ??= new StringBuilder(_first)).Append(data);
            return true;
        }
    }
}
