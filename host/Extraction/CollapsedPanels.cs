using AngleSharp.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// Accordion and disclosure panels ship collapsed (<c>display:none</c>, or the <c>hidden</c> attribute) and are opened by
/// a click, but their text is the article's: a guide's steps, a review's method. SmartReader drops every invisible block,
/// so panels a heading or button labels (<c>aria-labelledby</c>, <c>role="region"</c>) are shown before it reads the page.
/// Tab panels stay as they are: tabs hold alternatives (one plan, state or platform each), the page shows one at a time.
/// </summary>
public static class CollapsedPanels
{
    public static void Open(IElement element)
    {
        var role = element.GetAttribute("role");
        if (role == "tabpanel" || (role != "region" && !element.HasAttribute("aria-labelledby"))) return;
        if (element.HasAttribute("hidden")) element.RemoveAttribute("hidden");
        if (element.GetAttribute("style") is { } style && style.Contains("none", StringComparison.OrdinalIgnoreCase)) element.RemoveAttribute("style");
    }
}
