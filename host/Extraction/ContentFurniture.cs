using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// Boxes inside the chosen content that belong to the site, not the article, by their class or id: the author box
/// under a post and the affiliate disclosure above it. SmartReader keeps them when they sit in the article's container
/// (their words are not in its negative list, and a paragraph of prose passes its clean-up).
/// </summary>
public static partial class ContentFurniture
{
    /// <summary>
    /// A box holding more than this share of the content's text is the content itself wearing a telling class (a
    /// template's "has-author-box" wrapper), and stays.
    /// </summary>
    private const double MaxShare = 0.3;

    [GeneratedRegex(
        @"disclosure|disclaimer|author-?box|about-?(the-)?author|author-?(bio|info|details|card)|author_box|saboxplugin",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureName();

    public static void Remove(IElement content, CancellationToken token = default)
    {
        var total = TextLength.Of(content);
        if (total == 0) return;
        ElementPruning.Remove(content, element => IsFurniture(element) && TextLength.Of(element) <= MaxShare * total, token);
    }

    private static bool IsFurniture(IElement element)
    {
        var cls = element.GetAttribute("class");
        if (!string.IsNullOrEmpty(cls) && FurnitureName().IsMatch(cls)) return true;
        var id = element.Id;
        return !string.IsNullOrEmpty(id) && FurnitureName().IsMatch(id);
    }
}
