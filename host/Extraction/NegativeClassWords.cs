using System.Reflection;
using System.Text.RegularExpressions;
using SmartReader;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// The class and id words that score a block down. SmartReader's default lost the spaces around Readability's "hid"
/// alternatives, so any name containing "hid" (hideOnInit, hideOnMobile, orchid) counted as hidden and a block of the
/// article behind a "read more" toggle was cleaned away; this is its list with the spaces back.
/// </summary>
public static partial class NegativeClassWords
{
    internal const string Pattern =
        "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|" +
        "related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget";

    // SmartReader's ReplaceRegularExpression builds a new interpreted Regex for every reader, and the reader matches it
    // against every element's class and id; its own defaults are compiled. One source-generated instance is set instead,
    // through the field the public method writes; if a SmartReader version lacks that field, the public method is used.
    private static readonly FieldInfo? NegativeField = typeof(Reader).GetField("RE_Negative", BindingFlags.NonPublic | BindingFlags.Instance) is { } f
        && f.FieldType == typeof(Regex) ? f : null;

    public static void ApplyTo(Reader reader)
    {
        if (NegativeField is not null) NegativeField.SetValue(reader, Compiled());
        else reader.ReplaceRegularExpression(RegularExpressions.Negative, Pattern);
    }

    [GeneratedRegex(Pattern, RegexOptions.IgnoreCase)]
    private static partial Regex Compiled();
}
