namespace BiasCompanion.Host.Extraction;

/// <summary>
/// The tags of raw HTML one at a time, read as a tokenizer would before any parse: comments are skipped, and a caller
/// that meets a raw-text element (script, style…) skips its text with <see cref="RawTextEnd"/>. Each search moves on
/// from where the last one ended, so a scan is linear in the page.
/// </summary>
internal static class HtmlTagScan
{
    /// <summary>
    /// Elements whose content the tokenizer reads as text up to their closing tag. A noscript is read so too where scripts
    /// run; <see cref="PageTags"/> handles it itself, as it empties it.
    /// </summary>
    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextSpan = RawText.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <param name="End">The tag's '&gt;'.</param>
    public readonly record struct Tag(int NameStart, int NameEnd, int End, bool Closing);

    /// <summary>The next tag from <paramref name="from"/>; false once the page has no more (an unclosed comment or tag ends it).</summary>
    public static bool Next(string html, int from, out Tag tag)
    {
        var i = from;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 2 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var endComment = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (endComment < 0) break;
                i = endComment + 3;
                continue;
            }
            var closing = html[i + 1] == '/';
            var nameStart = i + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            // No '>' after this name means none after any later '<' either: the page has no more tags.
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0) break;
            tag = new Tag(nameStart, nameEnd, tagEnd, closing);
            return true;
        }
        tag = default;
        return false;
    }

    /// <summary>Room for the longest element name any caller looks for ("plaintext", 9 letters); a longer name is none of them.</summary>
    public const int MaxKnownName = 16;

    public static ReadOnlySpan<char> Name(string html, Tag tag) => html.AsSpan(tag.NameStart, tag.NameEnd - tag.NameStart);

    /// <summary>The tag's name in lower case, written into <paramref name="buffer"/>; a name too long for it, as it is.</summary>
    public static ReadOnlySpan<char> LowerName(string html, Tag tag, Span<char> buffer)
    {
        var name = Name(html, tag);
        return name.Length <= buffer.Length ? buffer[..name.ToLowerInvariant(buffer)] : name;
    }

    /// <param name="name">In lower case (<see cref="LowerName"/>).</param>
    public static bool IsRawText(ReadOnlySpan<char> name) => RawTextSpan.Contains(name);

    /// <summary>Where the text of a raw-text element that opened before <paramref name="from"/> ends (its closing tag), or -1.</summary>
    public static int RawTextEnd(string html, int from, ReadOnlySpan<char> name) =>
        html.IndexOf("</" + name.ToString(), from, StringComparison.OrdinalIgnoreCase);
}
