using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace BiasCompanion.Host.Extraction;

/// <summary>Turns page bytes into text: BOM, then the declared charset, then a meta charset, then UTF-8 if valid, else windows-1252.</summary>
public static partial class PageDecoder
{
    private const int SniffBytes = 4096;

    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes[2..]);

        // Valid UTF-8 with multi-byte sequences is almost never an accident of a legacy encoding, whatever the page declares.
        if (bytes.ContainsAnyInRange((byte)0x80, (byte)0xFF) && IsValidUtf8(bytes)) return Encoding.UTF8.GetString(bytes);
        var encoding = Lookup(declaredCharset) ?? Lookup(SniffMetaCharset(bytes));
        // A page that claims UTF-8 but is not valid UTF-8 is usually windows-1252; a page claiming latin-1 is windows-1252 by the HTML spec.
        if (encoding is null || encoding.CodePage == Encoding.UTF8.CodePage)
            return IsValidUtf8(bytes) ? Encoding.UTF8.GetString(bytes) : Windows1252.GetString(bytes);
        if (encoding.CodePage is 28591 or 20127) encoding = Windows1252;
        return encoding.GetString(bytes);
    }

    private static Encoding Windows1252 => Encoding.GetEncoding(1252);

    internal static string? SniffMetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, SniffBytes)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static Encoding? Lookup(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset)) return null;
        var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        if (name is "utf8") name = "utf-8";
        // UTF-16 declared inside an 8-bit-readable document is a lie (the HTML spec says to use UTF-8).
        if (name.StartsWith("utf-16", StringComparison.Ordinal)) return Encoding.UTF8;
        try { return Encoding.GetEncoding(name); }
        catch (ArgumentException) { return null; }
        catch (NotSupportedException) { return null; } // UTF-7: .NET refuses it, and so does the HTML spec
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => Utf8.IsValid(bytes);

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
