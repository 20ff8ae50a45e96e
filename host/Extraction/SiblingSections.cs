using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// SmartReader scores each paragraph into its nearest containers and keeps the best container with its direct
/// siblings. Page builders (and AsciiDoc, and CMS "rows") split one article into sibling sections of the same kind,
/// each wrapped a few levels deep, so it keeps one section and loses the rest. This finds the sections of the same kind
/// as the one it kept, above where the kept block came from, and returns their text with the kept text in its place.
/// </summary>
public static partial class SiblingSections
{
    /// <summary>How far above the kept block sibling sections are looked for.</summary>
    private const int MaxLevels = 8;

    /// <summary>A paragraph or list item counts as prose from this many characters, with links under <see cref="MaxLinkShare"/> of them.</summary>
    private const int MinParagraphChars = 80;

    private const double MaxLinkShare = 0.25;

    /// <summary>
    /// A sibling section joins when its prose is at least this share of the kept text's. On wcxb-dev articles 0.2 was
    /// best; 0.05 let related-post rows and author boxes in, 0.4 left short sections out.
    /// </summary>
    private const double MinShare = 0.2;

    public static string Widen(IElement content, OriginalPlaces places, string keptText, CancellationToken token = default)
    {
        if (content.Owner?.Body is not { } body) return keptText;
        var found = MovedBlock(content, places, body);
        if (found is not var (moved, origin, next)) return keptText;
        // Measured on the first candidate sibling: most pages have none.
        var minProse = -1.0;

        // Climb from the moved block (whose parent was the origin) through the origin's ancestors; the highest level
        // with a sibling section of the same kind holding prose is the article's.
        IElement? group = null, groupPath = null;
        var path = moved;
        for (var (level, parent) = (0, (IElement?)origin); level < MaxLevels && parent is not null; level++, path = parent, parent = parent.ParentElement)
        {
            token.ThrowIfCancellationRequested();
            if (IsNamedArticle(path) || parent.LocalName is "body" or "html") break;
            if (SectionKind.Of(path) is not { } kind) continue;
            var joins = false;
            foreach (var sibling in parent.Children)
            {
                if (ReferenceEquals(sibling, path) || !kind.Includes(sibling)) continue;
                if (minProse < 0) minProse = MinProse(content);
                if (Prose(sibling) >= minProse) { joins = true; break; }
            }
            if (!joins) continue;
            if (HoldsArticle(path)) break;
            (group, groupPath) = (parent, path);
        }
        if (group is null || groupPath is null) return keptText;

        token.ThrowIfCancellationRequested();
        var pieces = new List<string>();
        var keptPlaced = false;
        var groupKind = SectionKind.Of(groupPath)!;
        foreach (var section in group.Children)
        {
            if (!keptPlaced && ReferenceEquals(groupPath, moved) && ReferenceEquals(section, next)) { pieces.Add(keptText); keptPlaced = true; }
            var isPath = ReferenceEquals(section, groupPath);
            if (!isPath && !groupKind.Includes(section)) continue;
            if (!isPath && Prose(section) < minProse) continue;
            ContentFurniture.Remove(section, token);
            pieces.Add(BlockText.Of(section, token));
            if (isPath) { pieces.Add(keptText); keptPlaced = true; }
        }
        if (!keptPlaced) pieces.Add(keptText);
        return string.Join('\n', pieces.Where(piece => piece.Length > 0));
    }

    /// <summary>
    /// The first block SmartReader moved into the content, the element it was taken from (still in the page), and the
    /// element that followed it there. Followed through the recorded places, past blocks SmartReader replaced.
    /// </summary>
    private static (IElement Moved, IElement Origin, IElement? Next)? MovedBlock(IElement content, OriginalPlaces places, IElement body)
    {
        var queue = new Queue<(IElement Element, int Depth)>();
        queue.Enqueue((content, 0));
        while (queue.Count > 0)
        {
            var (element, depth) = queue.Dequeue();
            if (places.TryGet(element, out var parent, out var next))
            {
                var (child, hops) = (element, 0);
                while (!body.Contains(parent) && hops++ < 64 && places.TryGet(parent, out var above, out var aboveNext)) (child, parent, next) = (parent, above, aboveNext);
                if (body.Contains(parent)) return (child, parent, next);
            }
            if (depth >= 3) continue;
            foreach (var child in element.Children) queue.Enqueue((child, depth + 1));
        }
        return null;
    }

    /// <summary>
    /// The article's own container (or the page's main part, or a wrapper around an article: <see cref="HoldsArticle"/>)
    /// ends the climb: its siblings of the same kind are other articles, a live feed, the next post.
    /// </summary>
    private static bool IsNamedArticle(IElement element) =>
        element.LocalName is "article" or "main" or "body"
        || ArticleName().IsMatch(element.GetAttribute("class") ?? "") || ArticleName().IsMatch(element.Id ?? "");

    /// <summary>Walks the subtree, so it is asked only once a level would otherwise join.</summary>
    private static bool HoldsArticle(IElement element) =>
        element.GetElementsByTagName("article").Length > 0 || element.GetElementsByTagName("main").Length > 0;

    [GeneratedRegex(@"(^|[\s_-])(article|post|entry|story)($|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArticleName();

    /// <summary>What a sibling section's prose must reach: a share of the kept text's (nothing joins kept text without prose).</summary>
    private static double MinProse(IElement content) =>
        Prose(content) is var kept and > 0 ? Math.Max(MinParagraphChars, MinShare * kept) : double.PositiveInfinity;

    /// <summary>Characters in the element's paragraphs and list items of prose (long enough, few links): guides put half their text in lists.</summary>
    private static int Prose(IElement element)
    {
        var total = 0;
        foreach (var p in element.QuerySelectorAll("p, li"))
        {
            var text = TextLength.Of(p);
            if (text < MinParagraphChars) continue;
            var links = 0;
            foreach (var a in p.GetElementsByTagName("a")) links += TextLength.Of(a);
            if (links <= MaxLinkShare * text) total += text;
        }
        return total;
    }
}
