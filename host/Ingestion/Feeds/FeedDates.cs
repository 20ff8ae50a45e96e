using System.Globalization;
using System.Text.RegularExpressions;

namespace BiasCompanion.Host.Ingestion.Feeds;

/// <summary>Tolerant parsing of the dates found in real feeds (RFC 822 with odd zones, ISO 8601, missing parts).</summary>
public static partial class FeedDates
{
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+00:00", ["UTC"] = "+00:00", ["GMT"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["BST"] = "+01:00", ["CET"] = "+01:00", ["CEST"] = "+02:00", ["IST"] = "+05:30", ["JST"] = "+09:00",
        ["AEST"] = "+10:00", ["AEDT"] = "+11:00",
    };

    private static readonly string[] Formats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm zzz",
        "ddd, d MMM yy HH:mm:ss zzz", "ddd, d MMMM yyyy HH:mm:ss zzz", "yyyy-MM-dd HH:mm:ss zzz", "ddd, d MMM yyyy",
    ];

    public static DateTimeOffset? Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > 100) return null;
        var text = Whitespace().Replace(raw.Trim(), " ");
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso)) return Sane(iso);

        // RFC 822: replace a zone name by its offset and "+0000" by "+00:00" for the zzz format.
        var zone = TrailingZone().Match(text);
        if (zone.Success)
        {
            var value = zone.Groups[1].Value;
            var offset = Zones.TryGetValue(value, out var known) ? known
                : value.Length == 5 && value[0] is '+' or '-' ? $"{value[..3]}:{value[3..]}" : null;
            text = offset is null ? text[..zone.Index] + " +00:00" : text[..zone.Index] + " " + offset;
        }
        else
        {
            text += " +00:00";
        }
        return DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var rfc)
            ? Sane(rfc)
            : null;
    }

    /// <summary>Dates before the web or far in the future are feed bugs, not news.</summary>
    private static DateTimeOffset? Sane(DateTimeOffset value) =>
        value.Year < 1990 || value > DateTimeOffset.UtcNow.AddDays(2) ? null : value;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s([A-Za-z]{1,5}|[+-]\d{4})$")]
    private static partial Regex TrailingZone();
}
