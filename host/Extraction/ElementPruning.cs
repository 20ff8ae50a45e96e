using AngleSharp.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>Removes the elements below a root that a rule condemns, without looking inside the condemned ones.</summary>
public static class ElementPruning
{
    private const int CheckEvery = 1024;

    /// <summary>Iterative, so deep nesting cannot overflow the stack; removal waits until the walk is over.</summary>
    public static void Remove(IElement root, Func<IElement, bool> condemned, CancellationToken token = default)
    {
        var doomed = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(root);
        var visited = 0;
        while (stack.Count > 0)
        {
            if (++visited % CheckEvery == 0) token.ThrowIfCancellationRequested();
            var element = stack.Pop();
            if (!ReferenceEquals(element, root) && condemned(element))
            {
                doomed.Add(element);
                continue;
            }
            // By index over the child nodes: AngleSharp's Children collection walks the child list again for every index.
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
                if (children[i] is IElement child) stack.Push(child);
        }
        foreach (var element in doomed) element.Remove();
    }
}
