using AngleSharp.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// The sections a page builder repeats share their tag and their first class name, or at least two class names: a
/// builder varies the first one ("row …" beside "type-full-width …", "widget_text so-panel widget …" beside
/// "so-panel widget …") and keeps its own names after it.
/// </summary>
public sealed class SectionKind
{
    private const int SharedNamesNeeded = 2;

    private readonly string _tag;
    private readonly string[] _names;

    private SectionKind(string tag, string[] names) => (_tag, _names) = (tag, names);

    /// <summary>Null for an unclassed element other than a section.</summary>
    public static SectionKind? Of(IElement element)
    {
        var names = ClassNames(element);
        if (names.Length == 0 && element.LocalName != "section") return null;
        return new SectionKind(element.LocalName, names);
    }

    public bool Includes(IElement other)
    {
        if (other.LocalName != _tag) return false;
        var names = ClassNames(other);
        if (names.Length == 0 || _names.Length == 0) return names.Length == _names.Length;
        if (names[0] == _names[0]) return true;
        var shared = 0;
        foreach (var name in names)
            if (Array.IndexOf(_names, name) >= 0 && ++shared >= SharedNamesNeeded) return true;
        return false;
    }

    private static string[] ClassNames(IElement element) => TokenList.Split(element.GetAttribute("class") ?? "");
}
