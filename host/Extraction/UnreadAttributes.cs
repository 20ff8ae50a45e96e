using AngleSharp.Html.Parser.Tokens.Struct;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// Attributes nothing after the parse reads, left out as the page is parsed: script hooks (<c>data-*</c> state, event
/// handlers) and SVG drawing instructions. On the wcxb-dev articles they are a tenth of the markup SmartReader holds
/// after our clean-up; each one kept is built by the parser, scanned past by every attribute lookup, and written out
/// when SmartReader serialises the page for its retries. Image elements keep all of theirs: SmartReader reads any
/// attribute of an image that holds an image address (a lazy loader's <c>data-src</c>) and drops images without one,
/// which changes what its clean-up keeps. The <c>data-</c> attributes the metadata reads stay everywhere.
/// </summary>
internal static class UnreadAttributes
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DrawingNames =
        new HashSet<string>(["d", "points", "viewbox", "fill", "fill-rule", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "transform", "clip-path", "clip-rule"], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ImageTags =
        new HashSet<string>(["img", "picture", "source", "figure", "video", "image"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The tokenizer's filter: whether the attribute goes into the document (names arrive lower-cased).</summary>
    public static bool Keep(ref StructHtmlToken tag, ReadOnlyMemory<char> name)
    {
        if (ImageTags.Contains(tag.Name.Memory.Span)) return true;
        var span = name.Span;
        if (span.StartsWith("data-")) return span.SequenceEqual("data-date") || span.SequenceEqual(ThreadAuthors.PreloadedId);
        if (span.Length > 2 && span.StartsWith("on")) return false;
        return !DrawingNames.Contains(span);
    }
}
