using AngleSharp.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// Accordion and disclosure panels ship collapsed (<c>display:none</c>, the <c>hidden</c> attribute, <c>aria-hidden</c>)
/// and are opened by a click, but their text is the article's: a guide's steps, a review's method. SmartReader drops
/// every invisible block, so panels are shown before it reads the page: those a heading or button labels
/// (<c>aria-labelledby</c>, <c>role="region"</c>), and those right after a heading holding a collapsed toggle
/// (<c>aria-expanded="false"</c>: the accordion pattern; a bare toggle button before a hidden block is usually a menu's).
/// Tab panels stay as they are: tabs hold alternatives (one plan, state or platform each), the page shows one at a time.
/// </summary>
public static class CollapsedPanels
{
    /// <param name="siblings">The element's parent's child nodes, and <paramref name="index"/> the element's place among them.</param>
    public static void Open(IElement element, INodeList siblings, int index)
    {
        // Most elements have no attributes at all, and so nothing to look up.
        if (element.Attributes.Length == 0) return;
        var role = element.GetAttribute("role");
        if (role == "tabpanel" || !IsHidden(element)) return;
        if (role != "region" && !element.HasAttribute("aria-labelledby") && !FollowsCollapsedHeading(siblings, index)) return;
        element.RemoveAttribute("hidden");
        element.RemoveAttribute("aria-hidden");
        element.RemoveAttribute("style");
    }

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true"
        || element.GetAttribute("style") is { } style && style.Contains("none", StringComparison.OrdinalIgnoreCase);

    private static bool FollowsCollapsedHeading(INodeList siblings, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (siblings[i] is not IElement previous) continue;
            var heading = previous.LocalName is "h2" or "h3" or "h4" or "h5" or "h6" || previous.GetAttribute("role") == "heading";
            return heading && previous.QuerySelector("[aria-expanded='false']") is not null;
        }
        return false;
    }
}
