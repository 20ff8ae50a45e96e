using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// Markup that leaves a wrapper open per paragraph (<c>&lt;div class="para"&gt;&lt;p&gt;…&lt;/p&gt;</c>, never closed) parses
/// as a staircase: each paragraph's wrapper ends with the next one, hundreds deep. SmartReader's clean-up reads the
/// text of every wrapper below every wrapper, so its time grows with the cube of that depth: 350 such paragraphs took
/// it 3 s. Where a path runs deeper than the limit through elements that each end with their deepest child, the
/// staircase is replaced by a row of its steps, each holding its own content, in the same reading order. An element
/// whose deepest child is not its last is looked into instead; what stays too deep is left to <see cref="PageShape.Flatten"/>.
/// </summary>
public static class RunawayNesting
{
    private const int CheckEvery = 1024;

    /// <summary>The depth of the body's children: the root element is at depth 1, as <see cref="PageShape"/> counts.</summary>
    private const int BodyChildDepth = 3;

    public static void Linearize(IHtmlDocument doc, int maxDepth, CancellationToken token = default)
    {
        if (doc.Body is not { } body) return;
        var heights = Heights(body, token);
        // Each entry: a parent whose element children are still to be checked, from an index, and their depth.
        var scans = new Stack<(IElement Parent, int ChildDepth, int Index)>();
        scans.Push((body, BodyChildDepth, 0));
        var steps = 0;
        while (scans.Count > 0)
        {
            var (parent, depth, index) = scans.Pop();
            var children = parent.ChildNodes;
            for (var i = index; i < children.Length; i++)
            {
                if (++steps % CheckEvery == 0) token.ThrowIfCancellationRequested();
                if (children[i] is not IElement element || !RunsTooDeep(element, depth, maxDepth, heights)) continue;
                if (Unstack(element, depth, maxDepth, heights, token))
                {
                    // The row now stands where the element stood; its last step may still run too deep and is checked in turn.
                    i--;
                    continue;
                }
                scans.Push((parent, depth, i + 1));
                scans.Push((element, depth + 1, 0));
                break;
            }
        }
    }

    private static bool RunsTooDeep(IElement element, int depth, int maxDepth, Dictionary<IElement, int> heights) =>
        heights[element] > 0 && depth + heights[element] > maxDepth;

    /// <summary>
    /// Replaces <paramref name="top"/> with a row: a shallow copy of each step of its staircase holding that step's own
    /// content, and last the step that fits within the limit or does not end with its deepest child. Each piece of
    /// content moves once: AngleSharp walks the whole subtree of every node it inserts, so letting each step out of the
    /// one above would walk the rest of the staircase again for every step. False, with nothing moved, when
    /// <paramref name="top"/> itself does not end with its deepest child.
    /// </summary>
    private static bool Unstack(IElement top, int depth, int maxDepth, Dictionary<IElement, int> heights, CancellationToken token)
    {
        var parent = top.Parent!;
        var step = top;
        while (RunsTooDeep(step, depth, maxDepth, heights) && DeepestChild(step, heights) is var next && EndsWith(step, next))
        {
            token.ThrowIfCancellationRequested();
            var copy = (IElement)step.Clone(deep: false);
            while (step.FirstChild is { } first && !ReferenceEquals(first, next)) copy.AppendChild(first);
            heights[copy] = HeightFromChildren(copy, heights);
            parent.InsertBefore(copy, top);
            step = next;
        }
        if (ReferenceEquals(step, top)) return false;
        parent.InsertBefore(step, top);
        // What is left of the top is the staircase's empty steps.
        parent.RemoveChild(top);
        return true;
    }

    /// <summary>How many levels of elements lie below each element of <paramref name="root"/>'s subtree (0 for one without element children).</summary>
    private static Dictionary<IElement, int> Heights(IElement root, CancellationToken token)
    {
        var heights = new Dictionary<IElement, int>();
        var stack = new Stack<(IElement Element, bool ChildrenDone)>();
        stack.Push((root, false));
        var steps = 0;
        while (stack.Count > 0)
        {
            if (++steps % CheckEvery == 0) token.ThrowIfCancellationRequested();
            var (element, childrenDone) = stack.Pop();
            if (childrenDone)
            {
                heights[element] = HeightFromChildren(element, heights);
                continue;
            }
            stack.Push((element, true));
            var children = element.ChildNodes;
            for (var i = 0; i < children.Length; i++)
                if (children[i] is IElement child) stack.Push((child, false));
        }
        return heights;
    }

    private static int HeightFromChildren(IElement element, Dictionary<IElement, int> heights)
    {
        var height = 0;
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
            if (children[i] is IElement child) height = Math.Max(height, heights[child] + 1);
        return height;
    }

    /// <summary>The first of the element children reaching deepest; called only on an element that has element children.</summary>
    private static IElement DeepestChild(IElement element, Dictionary<IElement, int> heights)
    {
        IElement? deepest = null;
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
            if (children[i] is IElement child && (deepest is null || heights[child] > heights[deepest])) deepest = child;
        return deepest!;
    }

    /// <summary>Whether nothing but white space and comments follows <paramref name="child"/> in <paramref name="element"/>.</summary>
    private static bool EndsWith(IElement element, IElement child)
    {
        var nodes = element.ChildNodes;
        for (var i = nodes.Length - 1; i >= 0; i--)
        {
            var node = nodes[i];
            if (ReferenceEquals(node, child)) return true;
            if (node is IComment || node is IText text && string.IsNullOrWhiteSpace(text.Data)) continue;
            return false;
        }
        return false;
    }
}
