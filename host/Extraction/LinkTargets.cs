using AngleSharp.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// Drops the address of every link that leaves the page before SmartReader runs. We keep the article's text only, and
/// SmartReader spends its post-processing turning each kept link's address absolute (a URI check and four strings a
/// link). Nothing it scores reads those addresses: its link density weighs in-page "#" links less and every other link,
/// with or without an address, the same. In-page links stay (a table of contents is found by them), and so do
/// "javascript:" ones, which SmartReader turns into plain text.
/// </summary>
internal static class LinkTargets
{
    public static void Drop(IElement element)
    {
        if (element.LocalName != "a" || element.GetAttribute("href") is not { Length: > 0 } href) return;
        if (href[0] == '#' || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)) return;
        element.RemoveAttribute("href");
    }
}
