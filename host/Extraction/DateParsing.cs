using System.Globalization;
using System.Text.RegularExpressions;

namespace BiasCompanion.Host.Extraction;

/// <summary>Reads publication dates as pages write them, keeping the page's own offset (a missing offset is taken as UTC).</summary>
public static partial class DateParsing
{
    private static readonly DateTimeOffset Earliest = new(1995, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd HH:mmzzz", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd", "yyyy/MM/dd", "yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd HH:mm", "yyyyMMdd", "yyyyMMddHHmmss", "yyyy-MM",
        "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss 'GMT'",
        "dd MMM yyyy HH:mm:ss zzz", "d MMM yyyy", "dd MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM dd, yyyy", "d MMMM yyyy", "dd MMMM yyyy",
        "dd.MM.yyyy", "d.M.yyyy", "dd.MM.yyyy HH:mm", "dd.MM.yyyy, HH:mm",
        // Day first with dashes ("01-11-2023 10:29"); the culture-free fallback below would read it month first.
        "dd-MM-yyyy", "dd-MM-yyyy HH:mm", "dd-MM-yyyy HH:mm:ss", "MMM d yyyy HH:mm:ss zzz",
    ];

    /// <summary>Parses one date value; null when it is not a plausible publication date.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        if (text.Length > 80) text = text[..80];
        text = Normalise(text);

        DateTimeOffset result;
        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out result)
            || TryUnixTime(text, out result)
            || TryIsoPrefix(text, out result)
            || (HasYear().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out result)))
            return Plausible(result) ? result : null;
        return null;
    }

    private static string Normalise(string text)
    {
        // "+0100" → "+01:00" so the zzz formats take it; "UTC"/"GMT" suffixes → "Z".
        text = CompactOffset().Replace(text, "$1$2:$3");
        text = NamedUtc().Replace(text, "Z");
        // Java's Date.toString(): "Mon Oct 11 14:57:21 CEST 2021" → "Oct 11 2021 14:57:21 +02:00".
        var java = JavaDate().Match(text);
        if (java.Success && ZoneOffsets.TryGetValue(java.Groups["z"].Value, out var offset))
            text = $"{java.Groups["mon"].Value} {java.Groups["d"].Value} {java.Groups["y"].Value} {java.Groups["t"].Value} {offset}";
        return text;
    }

    private static bool TryUnixTime(string text, out DateTimeOffset result)
    {
        result = default;
        if (!UnixDigits().IsMatch(text) || !long.TryParse(text, out var n)) return false;
        if (text.Length == 13) n /= 1000;
        if (n < 788_918_400 || n > 4_102_444_800) return false;
        result = DateTimeOffset.FromUnixTimeSeconds(n);
        return true;
    }

    private static bool TryIsoPrefix(string text, out DateTimeOffset result)
    {
        result = default;
        var m = IsoPrefix().Match(text);
        if (!m.Success) return false;
        return DateTimeOffset.TryParseExact(m.Value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out result);
    }

    internal static bool Plausible(DateTimeOffset value) => value >= Earliest && value <= DateTimeOffset.UtcNow.AddDays(2);

    /// <summary>A date in the URL path (/2019/03/24/, /2019-03-24, /20190324/); null when none or impossible (e.g. /2019/43/).</summary>
    public static DateTimeOffset? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var path = url;
        var schemeEnd = path.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd >= 0)
        {
            var slash = path.IndexOf('/', schemeEnd + 3);
            path = slash >= 0 ? path[slash..] : "";
        }
        foreach (Match m in UrlDate().Matches(path))
        {
            int y, mo, d;
            if (m.Groups["dy"].Success)
            {
                // Day first ("/meldungen/29-10-2021", "/23-01-2022-title"): only when the first number cannot be a month.
                y = int.Parse(m.Groups["dy"].Value); mo = int.Parse(m.Groups["dm"].Value); d = int.Parse(m.Groups["dd"].Value);
                if (d <= 12) continue;
            }
            else
            {
                if (!int.TryParse(m.Groups["y"].Value, out y) || !int.TryParse(m.Groups["m"].Value, out mo)) continue;
                d = m.Groups["d"].Success && int.TryParse(m.Groups["d"].Value, out var dd) ? dd : 0;
            }
            if (d == 0) continue;
            if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(Math.Clamp(y, 1, 9999), mo)) continue;
            var value = new DateTimeOffset(y, mo, d, 0, 0, 0, TimeSpan.Zero);
            if (Plausible(value)) return value;
        }
        return null;
    }

    private static readonly Dictionary<string, string> ZoneOffsets = new(StringComparer.Ordinal)
    {
        ["UTC"] = "+00:00", ["GMT"] = "+00:00", ["CET"] = "+01:00", ["CEST"] = "+02:00", ["MEZ"] = "+01:00", ["MESZ"] = "+02:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    };

    [GeneratedRegex(@"^[A-Za-z]{3} (?<mon>[A-Za-z]{3}) (?<d>\d{1,2}) (?<t>\d\d:\d\d:\d\d) (?<z>[A-Z]{3,4}) (?<y>\d{4})$")]
    private static partial Regex JavaDate();

    [GeneratedRegex(@"([+-])(\d\d)(\d\d)$")]
    private static partial Regex CompactOffset();

    [GeneratedRegex(@"\s*\b(UTC|GMT)$")]
    private static partial Regex NamedUtc();

    // The lenient parser fills a missing date with today's: only let it see strings that name a year.
    [GeneratedRegex(@"(?<![0-9])(19|20)[0-9][0-9](?![0-9])")]
    private static partial Regex HasYear();

    [GeneratedRegex(@"^\d{10}(\d{3})?$")]
    private static partial Regex UnixDigits();

    [GeneratedRegex(@"^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?")]
    private static partial Regex IsoPrefix();

    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)\d\d)[/_-](?<m>\d{1,2})[/_-](?<d>\d{1,2})(?![0-9])|(?<![0-9])(?<y>(?:19|20)\d\d)(?<m>\d\d)(?<d>\d\d)(?![0-9])"
        + @"|(?<![0-9-])(?<dd>\d{1,2})-(?<dm>\d{1,2})-(?<dy>(?:19|20)\d\d)(?![0-9])")]
    private static partial Regex UrlDate();
}
