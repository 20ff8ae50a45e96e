using System.Text;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// Text that was UTF-8, read once as Latin-1 and saved again as UTF-8 ("Investorâ\u0080\u0099s" for "Investor’s"). The C1
/// control characters (U+0080–U+009F) that this leaves behind never occur in real text, so a page holding one has its
/// runs of such characters that spell valid UTF-8 decoded back; a page without one is returned as it is.
/// </summary>
public static class Mojibake
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Repair(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\u0080', '\u009F');
        if (first < 0) return text;
        var result = new StringBuilder(text.Length);
        Span<byte> bytes = stackalloc byte[4];
        var i = 0;
        while (i < text.Length)
        {
            var length = SequenceLength(text, i);
            if (length > 0)
            {
                for (var k = 0; k < length; k++) bytes[k] = (byte)text[i + k];
                if (TryDecode(bytes[..length], out var repaired))
                {
                    result.Append(repaired);
                    i += length;
                    continue;
                }
            }
            result.Append(text[i++]);
        }
        return result.ToString();
    }

    /// <summary>How many characters from <paramref name="start"/> look like one UTF-8 sequence read as Latin-1, or 0.</summary>
    private static int SequenceLength(string text, int start)
    {
        var lead = text[start];
        var length = lead switch { >= '\u00C2' and <= '\u00DF' => 2, >= '\u00E0' and <= '\u00EF' => 3, >= '\u00F0' and <= '\u00F4' => 4, _ => 0 };
        if (length == 0 || start + length > text.Length) return 0;
        for (var k = 1; k < length; k++)
            if (text[start + k] is < '\u0080' or > '\u00BF') return 0;
        return length;
    }

    private static bool TryDecode(ReadOnlySpan<byte> bytes, out string decoded)
    {
        try
        {
            decoded = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            decoded = "";
            return false;
        }
    }
}
