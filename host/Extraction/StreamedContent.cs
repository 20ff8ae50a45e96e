using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// React's streamed server rendering sends a page's slow parts last, as hidden <c>&lt;div hidden id="S:n"&gt;</c> blocks
/// at the end of the body, and an inline script moves each into the place held by <c>&lt;template id="B:n"&gt;</c> (or
/// <c>P:n</c>) while a "Loading…" fallback shows. Without scripts the article text stays hidden at the end, so SmartReader
/// skips it; this does the move the script would have done. The fallback stays (its end is marked by a comment, and
/// comments are not parsed); it is a few words.
/// </summary>
public static class StreamedContent
{
    public static void Resolve(IHtmlDocument doc)
    {
        if (doc.Body is not { } body) return;
        Dictionary<string, IElement>? holders = null;
        foreach (var template in body.GetElementsByTagName("template"))
        {
            var id = template.Id;
            if (id is { Length: > 2 } && id[1] == ':' && id[0] is 'B' or 'P') (holders ??= new(StringComparer.Ordinal)).TryAdd(id[2..], template);
        }
        if (holders is null) return;

        foreach (var block in body.QuerySelectorAll("div[hidden][id^='S:']").ToList())
        {
            if (!holders.TryGetValue(block.Id![2..], out var holder) || holder.Parent is not { } parent || block.Contains(holder)) continue;
            // A block may hold the next one's placeholder; moving in document order keeps those placeholders reachable.
            while (block.FirstChild is { } child) parent.InsertBefore(child, holder);
            holder.Remove();
            block.Remove();
        }
    }
}
