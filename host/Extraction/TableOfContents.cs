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

    public static void Remove(IElement content, CancellationToken token = default)
    {
        var doomed = new List<IElement>();
        foreach (var list in content.QuerySelectorAll("ul, ol"))
        {
            token.ThrowIfCancellationRequested();
            if (doomed.Any(d => d.Contains(list))) continue;
            if (LinksToOwnSections(list)) doomed.Add(list);
        }
        foreach (var element in content.QuerySelectorAll("h1, h2, h3, h4, h5, h6, p, div, span, strong, button, summary"))
        {
            var text = element.TextContent;
            if (text.Length > MaxTitleChars || element.Children.Any(BlockText.IsBlock)) continue;
            if (TitleText().IsMatch(text)) doomed.Add(element);
        }
        foreach (var element in doomed) element.Remove();
    }

    private static bool LinksToOwnSections(IElement list)
    {
        var links = 0;
        var linkText = 0;
        foreach (var a in list.GetElementsByTagName("a"))
        {
            if (a.GetAttribute("href") is not { } href || !href.StartsWith('#') || href.Length < 2) return false;
            links++;
            linkText += a.TextContent.Trim().Length;
        }
        if (links < MinLinks) return false;
        var text = list.TextContent.Trim().Length;
        return text > 0 && linkText >= MinLinkShare * text;
    }
}
