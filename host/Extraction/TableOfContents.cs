using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// A table of contents repeats the article's headings as links to its own sections, and its title ("Table of
/// contents", "In this article") often stays when a script fills the list in later. Neither is the article's text.
/// </summary>
public static partial class TableOfContents
{
    private const int MinLinks = 3;

    /// <summary>Links to the page's own sections must hold at least this share of the block's text.</summary>
    private const double MinLinkShare = 0.8;

    private const int MaxTitleChars = 40;


    [GeneratedRegex(@"^\s*(table\s+of\s+contents?|contents|in\s+this\s+(article|post|guide|story|page)|on\s+this\s+page|jump\s+to(\s+section)?|quick\s+links|skip\s+to\s+content)\s*:?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleText();

    private static readonly HashSet<string> TitleTags = new(StringComparer.Ordinal)
    {
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "button", "summary",
    };

    public static void Remove(IElement content, CancellationToken token = default) => ElementPruning.Remove(content, IsTableOfContents, token);

    private static bool IsTableOfContents(IElement element)
    {
        if (element.LocalName is "ul" or "ol") return LinksToOwnSections(element);
        // A container's text is its whole subtree's, and it cannot be a title: only elements without blocks inside are read.
        if (!TitleTags.Contains(element.LocalName) || TextLength.ShortText(element, MaxTitleChars + 1) is not { } text) return false;
        return !element.Children.Any(BlockText.IsBlock) && TitleText().IsMatch(text);
    }

    private static bool LinksToOwnSections(IElement list)
    {
        var links = 0;
        var linkText = 0;
        foreach (var a in list.GetElementsByTagName("a"))
        {
            if (a.GetAttribute("href") is not { } href || !href.StartsWith('#') || href.Length < 2) return false;
            links++;
            linkText += a.TextContent.AsSpan().Trim().Length;
        }
        if (links < MinLinks) return false;
        var text = list.TextContent.Trim().Length;
        return text > 0 && linkText >= MinLinkShare * text;
    }
}
