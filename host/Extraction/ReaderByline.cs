using System.Reflection;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using SmartReader;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// SmartReader looks for a byline element while it walks the page, and reads the whole text of every element it passes
/// until one matches, again in each retry pass: on a page without one that is the text of every subtree, a sixth of its
/// allocations on wcxb-dev (3.0 → 2.5 GB over the article pages; its time alone moved within noise, but fewer
/// allocations mean fewer collections in the middle of a page, see YoungGenerationRoom). This finds the same element in one walk that
/// reads text only where the markup names an author (rel, itemprop, or SmartReader's own byline pattern on class and
/// id), skipping what SmartReader's first pass skips (hidden elements, modal dialogs, its unlikely candidates and roles),
/// and also a sidebar outside the article, whose writers are the site's ("Our columnists"). It removes the element as
/// SmartReader would, and hands SmartReader the answer through its private field (a blank when there is none), so its
/// own search never runs. SmartReader is pinned; if a field is not found, it is left to search itself.
/// </summary>
internal static class ReaderByline
{
    private const BindingFlags Instance = BindingFlags.NonPublic | BindingFlags.Instance;
    private const int MaxBylineLength = 100;

    /// <summary>Not empty, so SmartReader skips its search; blank, so its Article falls back to the metadata author.</summary>
    private const string NoByline = " ";

    private static readonly FieldInfo? BylineField = typeof(Reader).GetField("articleByline", Instance);
    private static readonly FieldInfo? BylinePatternField = typeof(Reader).GetField("RE_Byline", Instance);
    private static readonly FieldInfo? UnlikelyField = typeof(Reader).GetField("RE_UnlikelyCandidates", Instance);
    private static readonly FieldInfo? MaybeField = typeof(Reader).GetField("RE_OkMaybeItsACandidate", Instance);
    private static readonly string[]? UnlikelyRoles =
        typeof(Reader).GetField("unlikelyRoles", BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null) as string[];
    private static readonly Func<IElement, bool>? IsProbablyVisible = VisibilityCheck();

    private static readonly Regex Placeholders = new("{{.*?}}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Whether the pinned SmartReader still has everything this relies on (a test checks it).</summary>
    public static bool Available =>
        BylineField?.FieldType == typeof(string) && BylinePatternField?.FieldType == typeof(Regex) && UnlikelyField?.FieldType == typeof(Regex)
        && MaybeField?.FieldType == typeof(Regex) && UnlikelyRoles is not null && IsProbablyVisible is not null;

    /// <summary>Finds and removes the byline element under <paramref name="root"/> and tells the reader; returns its text.</summary>
    public static string? Settle(Reader reader, IElement root, CancellationToken token = default)
    {
        if (!Available) return null;
        var rules = new Rules((Regex)BylinePatternField!.GetValue(reader)!, (Regex)UnlikelyField!.GetValue(reader)!, (Regex)MaybeField!.GetValue(reader)!);
        var byline = Find(root, rules, token);
        BylineField!.SetValue(reader, byline ?? NoByline);
        return byline;
    }

    private sealed record Rules(Regex Byline, Regex Unlikely, Regex Maybe)
    {
        /// <summary>
        /// Whether a pattern could match the space SmartReader puts between an element's class and id, or anchor at the
        /// ends of either (a space, an escape such as \s, an anchor, a wildcard or a character class): then one name
        /// alone is not matched as the two together would be. The pinned SmartReader's, and ours, are plain words.
        /// </summary>
        public bool SpaceMatters { get; } = new[] { Byline, Unlikely, Maybe }.Any(r => r.ToString().AsSpan().IndexOfAny(" \\^$.[") >= 0);
    }

    private static string? Find(IElement root, Rules rules, CancellationToken token)
    {
        var stack = new Stack<(IElement Element, bool InArticle)>();
        stack.Push((root, false));
        var visited = 0;
        while (stack.Count > 0)
        {
            if (++visited % 1024 == 0) token.ThrowIfCancellationRequested();
            var (element, inArticle) = stack.Pop();
            var facts = ElementAttributes.Of(element);
            if (facts.MayBeHidden && !IsProbablyVisible!(element) || facts.AriaModal == "true" && facts.Role == "dialog") continue;
            if (element.TagName == "ASIDE" && !inArticle) continue;
            inArticle |= element.TagName == "ARTICLE";
            var matchString = MatchString(facts, rules.SpaceMatters);
            if (NamesAnAuthor(facts, matchString, rules.Byline))
            {
                // Nested author-named elements each read their whole subtree: a hostile page can make that long.
                token.ThrowIfCancellationRequested();
                var length = element.TextContent.AsSpan().Trim().Length;
                if (length is > 0 and < MaxBylineLength)
                {
                    var byline = BylineText(element);
                    element.Remove();
                    // SmartReader keeps searching when the cleaned text is empty ("by" alone), the element gone all the same.
                    if (byline.Length > 0) return byline;
                    continue;
                }
            }
            if (IsUnlikely(element, matchString, rules) || UnlikelyRoles!.Contains(facts.Role)) continue;
            // ChildNodes by index: AngleSharp's Children collection walks the child list again for every index.
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
                if (children[i] is IElement child) stack.Push((child, inArticle));
        }
        return null;
    }

    private static bool NamesAnAuthor(ElementAttributes facts, ReadOnlySpan<char> matchString, Regex bylinePattern) =>
        facts.Rel == "author" || facts.Itemprop?.Contains("author", StringComparison.Ordinal) == true
        || bylinePattern.IsMatch(matchString);

    /// <summary>As SmartReader words it: a descendant's itemprop name if it has text, else the element's text, without a leading "by".</summary>
    private static string BylineText(IElement element)
    {
        var name = element.QuerySelector("[itemprop*=\"name\"]")?.TextContent.Trim();
        var text = string.IsNullOrEmpty(name) ? element.TextContent.Trim() : name;
        if (text.StartsWith("by", StringComparison.Ordinal)) text = text[2..];
        return Placeholders.Replace(text, "").Trim();
    }

    private static bool IsUnlikely(IElement element, ReadOnlySpan<char> matchString, Rules rules) =>
        rules.Unlikely.IsMatch(matchString) && !rules.Maybe.IsMatch(matchString) && !HasNearAncestor(element, "TABLE") && !HasNearAncestor(element, "CODE")
        && element.TagName is not ("BODY" or "A");

    /// <summary>SmartReader's ancestor test as its first pass uses it: the parent and up to three more levels.</summary>
    private static bool HasNearAncestor(IElement element, string tagName)
    {
        var parent = element.ParentElement;
        for (var depth = 0; parent is not null && depth <= 3; depth++, parent = parent.ParentElement)
            if (string.Equals(parent.TagName, tagName, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// SmartReader's "class id" string, built only when an element has both names or when the space between them can
    /// matter to a pattern (<see cref="Rules.SpaceMatters"/>); otherwise the one name is matched as it is.
    /// </summary>
    private static ReadOnlySpan<char> MatchString(ElementAttributes facts, bool spaceMatters) =>
        spaceMatters ? facts.Class + " " + facts.Id
        : string.IsNullOrEmpty(facts.Id) ? facts.Class.AsSpan() : string.IsNullOrEmpty(facts.Class) ? facts.Id.AsSpan() : facts.Class + " " + facts.Id;

    private static Func<IElement, bool>? VisibilityCheck()
    {
        var method = typeof(Reader).Assembly.GetType("SmartReader.NodeUtility")
            ?.GetMethod("IsProbablyVisible", BindingFlags.NonPublic | BindingFlags.Static, [typeof(IElement)]);
        return method?.ReturnType == typeof(bool) ? method.CreateDelegate<Func<IElement, bool>>() : null;
    }
}
