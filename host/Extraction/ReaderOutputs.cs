using AngleSharp.Dom;
using SmartReader;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// SmartReader's Article serialises the content it found to HTML and converts it to plain text in its constructor; we
/// read the content element itself (<see cref="BlockText"/>), so for the element <see cref="BodyExtractor"/> claims
/// both are skipped. On the largest pages they were a tenth of the time and most of the large allocations. SmartReader
/// exposes both only as process-wide hooks, so anything else using it (the extraction eval's baseline) is left alone.
/// </summary>
internal static class ReaderOutputs
{
    [ThreadStatic] private static IElement? _claimed;

    static ReaderOutputs()
    {
        var serializer = Article.Serializer;
        var converter = Article.Converter;
        Article.Serializer = element => ReferenceEquals(element, _claimed) ? "" : serializer(element);
        Article.Converter = element => ReferenceEquals(element, _claimed) ? "" : converter(element);
    }

    /// <summary>Marks the element SmartReader is about to wrap as one whose HTML and text nobody will read.</summary>
    public static void Claim(IElement element) => _claimed = element;

    public static void Release() => _claimed = null;
}
