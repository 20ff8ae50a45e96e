using System.Buffers;
using AngleSharp.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// Utility-CSS class tokens (Tailwind and friends: <c>overflow-hidden</c>, <c>md:flex</c>, <c>max-w-[645px]</c>) say
/// nothing about content, but Readability's class-name heuristics read "hidden", "footer", "media" in them. Drop them.
/// A bare <c>hidden</c> stays unless a responsive variant (<c>md:block</c>) shows the element again: on its own it hides
/// the element (ad placeholders, skip links), and Readability is right to score it down.
/// </summary>
public static class ClassNoise
{
    /// <summary>Strips the utility tokens from one element's class attribute (called per element by <see cref="ReaderPrep"/>).</summary>
    public static void Clean(IElement element)
    {
        var value = element.GetAttribute("class");
        if (string.IsNullOrEmpty(value) || !NeedsWork(value)) return;
        var tokens = TokenList.Split(value);
        var shownAgain = tokens.Any(t => t.Contains(':'));
        var kept = string.Join(' ', tokens.Where(t => t is "hidden" ? !shownAgain : !IsUtility(t)));
        // A bare "hidden" with nothing to strip leaves the attribute as it is: no write per such element.
        if (kept != value) element.SetAttribute("class", kept);
    }

    // One search per class attribute, as this runs for every element of the page.
    private static readonly SearchValues<string> Signs = SearchValues.Create([":", "[", "overflow-", "hidden"], StringComparison.Ordinal);

    private static bool NeedsWork(string value) => value.AsSpan().ContainsAny(Signs);

    private static bool IsUtility(string token) =>
        token.Contains(':') || token.Contains('[') || token.StartsWith("overflow-", StringComparison.Ordinal)
        || token.StartsWith("prose", StringComparison.Ordinal);
}
