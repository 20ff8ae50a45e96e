using System.Text;

namespace BiasCompanion.Host.Extraction;

public static class TextNormaliser
{
    /// <summary>Collapses every run of whitespace (including NBSP) to one space and trims.</summary>
    public static string Collapse(string? text) => Collapsed(text, keepLines: false);

    /// <summary>The mark <see cref="CollapseToLines"/> turns into a line break: Unicode's paragraph separator.</summary>
    public const char LineMark = '\u2029';

    /// <summary>As <see cref="Collapse"/>, except that a run holding a <see cref="LineMark"/> becomes one newline.</summary>
    public static string CollapseToLines(string? text) => Collapsed(text, keepLines: true);

    private static string Collapsed(string? text, bool keepLines)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        var pending = '\0';
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                if (sb.Length > 0 && pending != '\n') pending = keepLines && c == LineMark ? '\n' : ' ';
                continue;
            }
            if (pending != '\0') sb.Append(pending);
            pending = '\0';
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Letters and digits only, lower case: "Jane Doe" and "jane-doe" squash to the same key.</summary>
    public static string Squash(string s) => new(s.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());

    /// <summary>For comparisons: Unicode NFKC, collapsed whitespace, lower case.</summary>
    public static string ForComparison(string? text) =>
        FoldPunctuation(Collapse(text?.Normalize(NormalizationForm.FormKC))).ToLowerInvariant();

    /// <summary>Typographic quotes and dashes as their ASCII forms (’ → ', “ → ", – → -).</summary>
    public static string FoldPunctuation(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            chars[i] = chars[i] switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                _ => chars[i],
            };
        return new string(chars);
    }
}
