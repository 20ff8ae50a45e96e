using AngleSharp.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// The visible text just before and just after the headline, where pages print the date they show their reader
/// (the byline line, "Updated ...", a date above the kicker), and the datetime of any &lt;time&gt; element there.
/// Walked node by node in document order with fixed bounds, never the whole page.
/// </summary>
public sealed record HeadlineArea(string Before, string After, IReadOnlyList<string> Times)
{
    /// <summary>The first byline printed after the headline as its own run of text (<see cref="HeadlineByline"/>).</summary>
    public string? Byline { get; init; }

    /// <summary>
    /// The text after the headline for finding its date: the same walk, but indentation does not use up the budget, so a
    /// pretty-printed page's date line is still reached. <see cref="After"/> keeps the shorter reach the isArticle
    /// classifier was fitted on.
    /// </summary>
    public string AfterForDates { get; init; } = "";

    public static readonly HeadlineArea Empty = new("", "", []);

    private const int BeforeChars = 250;
    private const int AfterChars = 400;
    private const int MaxNodes = 3000;
    private const int MaxTimes = 3;

    public static HeadlineArea Around(IElement? headline)
    {
        if (headline is null) return Empty;
        var times = new List<string>();
        var before = Backward(headline, times);
        var (after, afterForDates) = Forward(headline, times, out var byline);
        return new HeadlineArea(before, after, times) { Byline = byline, AfterForDates = afterForDates };
    }

    private static (string After, string ForDates) Forward(IElement headline, List<string> times, out string? byline)
    {
        byline = null;
        var sb = new System.Text.StringBuilder();
        var forDates = new System.Text.StringBuilder();
        var headlineText = TextNormaliser.Collapse(headline.TextContent);
        var node = NextAfter(headline);
        IElement? portrait = null;
        string? besidePortrait = null;
        for (var visited = 0; node is not null && visited < MaxNodes && (sb.Length < AfterChars || forDates.Length < AfterChars); visited++)
        {
            var near = sb.Length < AfterChars;
            if (node is IText text)
            {
                if (near)
                {
                    sb.Append(Short(text.Data)).Append(' ');
                    byline ??= HeadlineByline.From(text);
                    if (portrait is not null) besidePortrait ??= HeadlineByline.BesidePortrait(portrait, text);
                    if (!string.IsNullOrWhiteSpace(text.Data)) portrait = null;
                }
                if (forDates.Length < AfterChars && !string.IsNullOrWhiteSpace(text.Data)) forDates.Append(Short(text.Data)).Append(' ');
                node = NextAfter(node);
                continue;
            }
            if (node is IElement e)
            {
                if (near && HeadlineByline.IsPortrait(e)) portrait = e;
                if (Skipped(e)) { node = NextAfter(node); continue; }
                // Another headline starts the next item (a related story): its dates are not this page's. One that opens with
                // this headline's words is the same headline printed again for another layout, and the walk goes on after it.
                if (e.TagName is "H1" or "H2" && sb.Length > 0)
                {
                    if (!Repeats(e, headlineText)) break;
                    node = NextAfter(node);
                    continue;
                }
                if (near) TakeTime(e, times);
            }
            node = node.FirstChild ?? NextAfter(node);
        }
        // A labelled byline ("By Jane Doe") says more than a name beside a picture, which may be a reviewer's or a profile's.
        byline ??= besidePortrait;
        return (TextNormaliser.Collapse(sb.ToString()), TextNormaliser.Collapse(forDates.ToString()));
    }

    private static string Backward(IElement headline, List<string> times)
    {
        var parts = new List<string>();
        var length = 0;
        var node = Previous(headline);
        for (var visited = 0; node is not null && visited < MaxNodes && length < BeforeChars; visited++)
        {
            if (node is IText text)
            {
                parts.Add(Short(text.Data));
                length += text.Data.Length;
            }
            else if (node is IElement e)
            {
                if (e.TagName is "BODY" or "HTML" or "HEAD") break;
                if (!Skipped(e)) TakeTime(e, times);
            }
            node = Previous(node);
        }
        parts.Reverse();
        return TextNormaliser.Collapse(string.Join(' ', parts));
    }

    // Bylines and date lines are short runs of text; a date inside a paragraph of prose or a long caption is something
    // the story talks about, not when it was published. Long runs leave a separator so the dates around them stay apart.
    private const int MaxRunChars = 120;

    private static string Short(string text) => text.Length <= MaxRunChars || text.AsSpan().Trim().Length <= MaxRunChars ? text : " | ";

    private static bool Repeats(IElement heading, string headlineText) =>
        headlineText.Length > 0 && TextNormaliser.Collapse(heading.TextContent).StartsWith(headlineText, StringComparison.OrdinalIgnoreCase);

    private static void TakeTime(IElement e, List<string> times)
    {
        if (e.TagName == "TIME" && times.Count < MaxTimes && e.GetAttribute("datetime") is { Length: > 0 and < 80 } value) times.Add(value);
    }

    private static bool Skipped(IElement e) =>
        e.TagName is "SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE" or "NAV" or "SELECT" or "SVG" or "svg" || IsUpdatedStamp(e) || ClockElements.Is(e);

    /// <summary>
    /// The hAtom "updated" stamp printed beside a "published" one (WordPress themes do, and hide it with CSS): the last
    /// edit, not the publication, and being written after the publication date it would be the one nearest the
    /// headline. Alone, "updated" is often the only stamp a theme prints and means the publication.
    /// </summary>
    private static bool IsUpdatedStamp(IElement e)
    {
        if (!HasClassToken(e, "updated") || HasClassToken(e, "published") || e.ParentElement is not { } parent) return false;
        var children = parent.Children;
        for (var i = 0; i < Math.Min(children.Length, 10); i++)
            if (children[i] != e && HasClassToken(children[i], "published")) return true;
        return false;
    }

    private static bool HasClassToken(IElement e, string token) => TokenList.Has(e.GetAttribute("class"), token);

    /// <summary>The next node in document order that is not inside <paramref name="node"/>.</summary>
    private static INode? NextAfter(INode node)
    {
        for (INode? n = node; n is not null; n = n.Parent)
        {
            if (n.NextSibling is not null) return n.NextSibling;
            if (n.Parent is IElement { TagName: "BODY" }) return null;
        }
        return null;
    }

    /// <summary>The previous node in document order, not descending into skipped elements.</summary>
    private static INode? Previous(INode node)
    {
        if (node.PreviousSibling is null) return node.Parent;
        var n = node.PreviousSibling;
        while (n is IElement e && !Skipped(e) && n.LastChild is not null) n = n.LastChild;
        return n;
    }
}
