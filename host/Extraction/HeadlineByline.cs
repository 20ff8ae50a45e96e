using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// A byline printed under the headline as its own run of text: "By Jane Doe" alone in its element, or a label ("by",
/// "Written by", "Author:") whose name is the next element ("by &lt;a&gt;Jane Doe&lt;/a&gt; · May 2"). The name ends
/// where its element ends, which a search in the running text (<see cref="LeadByline"/>) cannot see.
/// </summary>
internal static partial class HeadlineByline
{
    private const int MaxLabelRun = 100;
    private const int MaxNameChars = 80;
    private const int MaxNames = 6;

    /// <summary>The element's opening text when it reads like a byline label (a cheap test for a walk over every element).</summary>
    public static IText? LabelText(IElement element)
    {
        // A link reading "Authors" is a menu entry, not a label.
        if (element.TagName == "A") return null;
        var first = element.FirstChild;
        while (first is IText blank && string.IsNullOrWhiteSpace(blank.Data)) first = first.NextSibling;
        if (first is not IText text || text.Data.Length > MaxLabelRun && text.Data.AsSpan().Trim().Length > MaxLabelRun) return null;
        var start = text.Data.AsSpan().TrimStart();
        // Runs for every element of the page: an ASCII case fold, as every label word starts with an ASCII letter.
        if (start.IsEmpty || (start[0] | 0x20) is not ('w' or 'a' or 's' or 'c' or 'p')) return null;
        return FootLabel().IsMatch(text.Data) ? text : null;
    }

    /// <summary>
    /// The name this text node introduces, if it is a byline label. Away from the headline (<paramref name="foot"/>) a
    /// label's element may also be followed by the name as bare text ("&lt;strong&gt;Contributors:&lt;/strong&gt; Jane Doe");
    /// under it that form is left alone, as the area reaches into lists of related stories written the same way.
    /// </summary>
    public static string? From(IText text, bool foot = false)
    {
        var data = text.Data;
        if (data.Length > MaxLabelRun && data.AsSpan().Trim().Length > MaxLabelRun) return null;
        // A label starts its run of text: " by " after a "Reviewed" link introduces someone else.
        if (PreviousNode(text) is not null) return null;
        var match = Label().Match(data);
        // A thread's starter is named by the login name its forum shows ("Thread starter jdoe77").
        var thread = !match.Success && (match = ThreadLabel().Match(data)).Success;
        if (!match.Success) return null;
        var rest = match.Groups["rest"].Value.Trim();
        // "by jdoe" alone in its element: a login name the site prints as its byline, written as the account is.
        if (rest.Length > 0) return rest.Length <= MaxNameChars && text.NextSibling is null ? Name(rest, thread || LoginName().IsMatch(rest)) : null;
        // The label alone in its element ("<div>Written by</div><div>Jane Doe</div>"): the name follows the element.
        // A colon set in its own element ("Author<span class=colon>:</span>") is still the label's end.
        var after = NextNode(text);
        var colonOnly = after is IElement colon && colon.TextContent.Trim() == ":" && NextNode(colon) is null;
        INode label = (after is null || colonOnly) && text.ParentElement is { } parent && parent.TextContent.Trim().TrimEnd(':').TrimEnd() == data.Trim().TrimEnd(':').TrimEnd()
            ? parent : text;
        return Names(label, thread, foot);
    }

    /// <summary>
    /// An author's picture or icon printed before the name: a picture or an empty icon element classed as an avatar or a
    /// person, or a round picture whose alt text names someone (checked against the name that follows).
    /// </summary>
    public static bool IsPortrait(IElement element) =>
        element.TagName is "IMG" or "I" or "SPAN" && !element.HasChildNodes && element.GetAttribute("class") is { } cls
        && (PortraitClass().IsMatch(cls) || element.TagName is "IMG" && RoundClass().IsMatch(cls) && !string.IsNullOrWhiteSpace(element.GetAttribute("alt")));

    /// <summary>
    /// The name printed right after an author's picture ("[photo] Jane Doe", "👤 Jane Doe in Guides"): a written name of
    /// two or more words that, when the picture has alt text, is what that text says.
    /// </summary>
    public static string? BesidePortrait(IElement portrait, IText text)
    {
        var raw = text.Data;
        if (raw.Length > MaxNameChars && raw.AsSpan().Trim().Length > MaxNameChars) return null;
        var name = Name(TrailingFunctionWord().Replace(raw.Trim(), ""), loginName: false);
        if (name is null || !BylineChooser.IsPersonName(name)) return null;
        var alt = portrait.GetAttribute("alt");
        return string.IsNullOrWhiteSpace(alt) || TextNormaliser.Squash(alt) == TextNormaliser.Squash(name) ? name : null;
    }

    /// <summary>The name after an author's icon in a post's meta line ("👤 Jane Doe · 🕒 May 2"), read in document order; a bounded walk.</summary>
    public static string? BesidePortraitIn(IElement line)
    {
        IElement? portrait = null;
        var visited = 0;
        foreach (var node in line.GetDescendants())
        {
            if (++visited > MaxLineNodes) break;
            if (node is IElement e && IsPortrait(e) && e.TagName is not "IMG") portrait = e;
            else if (node is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                if (portrait is not null && BesidePortrait(portrait, text) is { } name) return name;
                portrait = null;
            }
        }
        return null;
    }

    private const int MaxLineNodes = 60;

    [GeneratedRegex(@"(^|[\s_-])(avatar|person|user|author)(\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex PortraitClass();

    [GeneratedRegex(@"(rounded-full|rounded-circle|circle)", RegexOptions.IgnoreCase)]
    private static partial Regex RoundClass();

    /// <summary>"Jane Doe in": the start of "in Category" after the name.</summary>
    [GeneratedRegex(@"\s+(in|on|at|for|from|with)$")]
    private static partial Regex TrailingFunctionWord();

    /// <summary>The element after the label, and the ones after it joined as written ("A, B and C") while only separators stand between.</summary>
    private static string? Names(INode label, bool loginNames, bool textAfter)
    {
        var parts = new List<string>();
        // "<strong>Contributors:</strong> Jane Doe": the name is the text after the label's element.
        if (textAfter && NextNode(label) is IText after && label is IElement) return Name(after.Data, loginNames);
        var first = NextNode(label) as IElement;
        // A portrait between the label and the name ("Written by" · photo · name) is passed over.
        for (var skipped = 0; first is not null && skipped < 2 && IsPicture(first); skipped++) first = NextNode(first) as IElement;
        if (first is { TagName: "UL" or "OL" } list) return ListedNames(list, loginNames);
        var node = first;
        for (var i = 0; node is { } element && i < MaxNames; i++)
        {
            var name = Name(PageMetadata.BoundedText(FirstBlock(element), MaxNameChars + 1), loginNames);
            if (name is null) break;
            parts.Add(name);
            if (NextNode(node) is not IText separator || Separator().Match(separator.Data) is not { Success: true } sep) break;
            node = NextNode(separator) as IElement;
            // More names are more of the same links; a job title after the comma is set in another element.
            if (node is not IElement next || next.TagName != first!.TagName) break;
            parts.Add(Joiner(sep.Value));
        }
        if (parts.Count == 0) return null;
        if (parts.Count % 2 == 0) parts.RemoveAt(parts.Count - 1);
        return string.Concat(parts);
    }

    /// <summary>An image, or an element holding only images: no text of its own.</summary>
    private static bool IsPicture(IElement element) =>
        element.TagName is "IMG" or "PICTURE" or "svg" or "SVG" || element.QuerySelector("img, picture, svg") is not null && string.IsNullOrWhiteSpace(element.TextContent);

    /// <summary>A list of names under the label ("Authors" over one name per item), joined with commas; null if an item is not a name.</summary>
    private static string? ListedNames(IElement list, bool loginNames)
    {
        var names = new List<string>();
        var items = list.Children;
        if (items.Length is 0 or > MaxNames) return null;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].TagName != "LI" || Name(PageMetadata.BoundedText(items[i], MaxNameChars + 1), loginNames) is not { } name) return null;
            names.Add(name);
        }
        return string.Join(", ", names);
    }

    /// <summary>", ", ", and ", " and ", " &amp; ": the separator as the page writes it, spaced once.</summary>
    private static string Joiner(string separator)
    {
        var word = separator.Trim().TrimStart(',').Trim();
        return (separator.Trim().StartsWith(',') ? "," : "") + " " + (word.Length > 0 ? word + " " : "");
    }

    private static string? Name(string raw, bool loginName)
    {
        if (raw.Length > MaxNameChars && raw.AsSpan().Trim().Length > MaxNameChars) return null;
        var name = BylineChooser.Clean(raw);
        return name is not null && (loginName || BylineChooser.IsWrittenName(name)) ? name : null;
    }

    /// <summary>The first of stacked blocks ("&lt;div&gt;&lt;div&gt;Jane Doe&lt;/div&gt;&lt;div&gt;Staff Writer&lt;/div&gt;&lt;/div&gt;", a list of names): the name, not its caption.</summary>
    private static IElement FirstBlock(IElement element)
    {
        for (var depth = 0; depth < 4 && element.FirstElementChild is { TagName: "DIV" or "LI" or "P" or "UL" } child && PreviousNode(child) is null; depth++)
            element = child;
        return element;
    }

    private static INode? PreviousNode(INode node)
    {
        var previous = node.PreviousSibling;
        while (previous is IText t && string.IsNullOrWhiteSpace(t.Data)) previous = previous.PreviousSibling;
        return previous is IText or IElement ? previous : null;
    }

    /// <summary>The next sibling that is not blank text.</summary>
    private static INode? NextNode(INode node)
    {
        var next = node.NextSibling;
        while (next is IText t && string.IsNullOrWhiteSpace(t.Data)) next = next.NextSibling;
        return next is IText or IElement ? next : null;
    }

    // A noun label ("Author", "Contributors") names someone after it only with a colon: "Contributor License Agreement" is not a byline.
    [GeneratedRegex(@"^\s*(?:(?:(?:(?:article|post|story)\s+)?(?:written|posted|words|article|story|authored)\s+by|by)(?:\s*:)?|(?:authors?|author\(s\)|contributors?)(?=\s*(?::|$))(?:\s*:)?)(?:\s+(?<rest>.*)|\s*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Label();

    /// <summary>The labels that name an article's author away from its headline: a bare "by" or "Posted by" there credits a photo, a product or a comment.</summary>
    [GeneratedRegex(@"^\s*(?:(?:(?:article|post|story)\s+)?(?:written|words|article|story|authored)\s+by(?:\s*:)?(?:\s|$)|(?:authors?|author\(s\)|contributors?)\s*(?::|$))", RegexOptions.IgnoreCase)]
    private static partial Regex FootLabel();

    [GeneratedRegex(@"^\s*(?:thread\s+starter|topic\s+author|started\s+by|original\s+poster)(?:\s*:)?(?:\s+(?<rest>.*)|\s*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ThreadLabel();

    /// <summary>One lower-case token, as account names are written: "jdoe", "kim_ode77".</summary>
    [GeneratedRegex(@"^[\p{Ll}][\p{Ll}\d._-]{2,29}$")]
    private static partial Regex LoginName();

    [GeneratedRegex(@"^\s*(,\s*and|,|and|&)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Separator();
}
