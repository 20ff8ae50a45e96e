using System.Text.RegularExpressions;

namespace BiasCompanion.Host.Extraction;

/// <summary>Dates written for people: "5. Juni 2018", "March 5, 2020", "05.06.2018", "5 de marzo de 2020", "2018-06-05".</summary>
public static partial class TextDates
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    /// <summary>The first plausible date in the text (UTC midnight of that calendar day), or null.</summary>
    public static DateTimeOffset? First(string? text, bool monthFirst = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (text.Length > 2000) text = text[..2000];
        foreach (Match m in AnyDate().Matches(text))
        {
            if (!IsClock(text, m.Index) && TryBuild(m, monthFirst) is { } date) return date;
        }
        return null;
    }

    /// <summary>Every plausible date in the text, in order (at most <paramref name="max"/>).</summary>
    public static List<DateTimeOffset> All(string? text, bool monthFirst = false, int max = 8) =>
        [.. Dates(text, monthFirst, max).Select(d => d.Date)];

    /// <summary>Every plausible date in the text, in order, each with whether an "Updated" label stands right before it.</summary>
    public static List<(DateTimeOffset Date, bool Updated)> Labelled(string? text, bool monthFirst = false, int max = 8) =>
        [.. Dates(text, monthFirst, max).Select(d => (d.Date, UpdateLabel().IsMatch(d.Text.AsSpan(Math.Max(0, d.At - LabelWindow), Math.Min(d.At, LabelWindow)))))];

    /// <summary>The dates in the first 2000 characters, with where each starts in the text it was read from.</summary>
    private static IEnumerable<(DateTimeOffset Date, int At, string Text)> Dates(string? text, bool monthFirst, int max)
    {
        if (string.IsNullOrWhiteSpace(text)) yield break;
        if (text.Length > 2000) text = text[..2000];
        var found = 0;
        foreach (Match m in AnyDate().Matches(text))
        {
            if (IsClock(text, m.Index) || TryBuild(m, monthFirst) is not { } date) continue;
            yield return (date, m.Index, text);
            if (++found >= max) yield break;
        }
    }

    private const int LabelWindow = 30;

    // A forum thread's "Last post" ("last post by jdoe") is its latest activity, a last edit of the page like "Updated"; a
    // poster's "Joined" or "Member since" date, printed beside each post, and an offer's "Ends …" are not the page's date either.
    [GeneratedRegex(@"\b(?:updated|modified|(?:last|latest) post(?: by \S{1,30})?|joined|member since|registered|ends|expires|valid until|aktualisiert|geändert|letzter beitrag|mis à jour|actualizado|aggiornato|bijgewerkt)(?:\s+(?:on|am|le|el|il|op))?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateLabel();

    /// <summary>The first date written right after a publication keyword ("Veröffentlicht am", "Published on", "Datum:").</summary>
    public static DateTimeOffset? AfterKeyword(string? text, bool monthFirst = false) => AfterPhrase(text, PublishKeyword(), monthFirst);

    /// <summary>The day a page says it first appeared ("This article was originally published on 26 Sep 2019", "First published: …").</summary>
    public static DateTimeOffset? OriginallyPublished(string? text, bool monthFirst = false) => AfterPhrase(text, OriginalKeyword(), monthFirst);

    /// <summary>
    /// The day a forum thread says it was opened: its header's "Started by NAME, DATE" or the opening post's "« on: DATE »"
    /// (replies say "« Reply #2 on: … »").
    /// </summary>
    public static DateTimeOffset? ThreadStarted(string? text, bool monthFirst = false) => AfterPhrase(text, StartedKeyword(), monthFirst);

    /// <summary>
    /// The date printed right before a thread's first post number ("Feb 14, 2026 | 9:05 pm #1"): forum software numbers
    /// its posts in their headers, and the one numbered 1 is the opening post.
    /// </summary>
    public static DateTimeOffset? BeforeFirstPostNumber(string? text, bool monthFirst = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        foreach (Match number in FirstPostNumber().Matches(text))
        {
            var from = Math.Max(0, number.Index - PostNumberWindow);
            var window = text.Substring(from, number.Index - from);
            Match? last = null;
            foreach (Match m in AnyDate().Matches(window)) last = m;
            if (last is null || !OnlyTimeOfDay().IsMatch(window.AsSpan(last.Index + last.Length))) continue;
            if (!IsClock(text, from + last.Index) && TryBuild(last, monthFirst) is { } date) return date;
        }
        return null;
    }

    /// <summary>
    /// The date of a post's author line: "by NAME » (weekday) DATE", "von NAME am DATE", or a date alone. A name followed by
    /// "Reviewed 06/08/2024" or a bare "NAME 27.03.2023" is a customer review's signature, not a post header.
    /// </summary>
    public static DateTimeOffset? InAuthorLine(string? text, bool monthFirst = false)
    {
        foreach (var (date, at, source) in Dates(text, monthFirst, max: 2))
        {
            var before = source.AsSpan(0, at);
            if (UpdateLabel().IsMatch(before.Length > LabelWindow ? before[^LabelWindow..] : before)) continue;
            if (before.IsWhiteSpace() || AuthorLinePrefix().IsMatch(before)) return date;
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:by|von|par|door|di|por)\s+\S.{0,40}?(?:»|\b(?:am|on|le|el|il|op)|[,|·•–—-])\s*(?:\p{L}{2,10}\.?,?\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorLinePrefix();

    private const int PostNumberWindow = 60;

    [GeneratedRegex(@"(?<![\w#])#\s?1(?![\w.,])")]
    private static partial Regex FirstPostNumber();

    // What may stand between a post header's date and its number: a time of day and separators.
    [GeneratedRegex(@"^[\s|,·•–-]*(?:(?:at|um|à)\s+)?(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*(?:[ap]\.?\s?m\.?)?)?[\s|,·•–-]*$", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyTimeOfDay();

    /// <summary>
    /// The day a page says it was last edited in its text ("Last updated: November 13, 2025", "[Stand: 09.10.2017]"); a
    /// site footer's "Site last updated" is the whole site's, not the page's.
    /// </summary>
    public static DateTimeOffset? AfterUpdateLabel(string? text, bool monthFirst = false) => AfterPhrase(text, UpdateKeyword(), monthFirst);

    [GeneratedRegex(@"(?<!\bsite\s(?:last\s)?)\b(?:(?:last|page) updated|updated|last modified|zuletzt aktualisiert|aktualisiert|mis à jour|actualizado|aggiornato)\b(?:\s+(?:on|am|le|el|il))?\s*:?|\bstand:", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateKeyword();

    private static DateTimeOffset? AfterPhrase(string? text, Regex phrase, bool monthFirst)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        foreach (Match k in phrase.Matches(text))
        {
            var start = k.Index + k.Length;
            var window = text.Substring(start, Math.Min(KeywordWindow, text.Length - start));
            var m = AnyDate().Match(window);
            if (m.Success && !IsClock(text, start + m.Index) && TryBuild(m, monthFirst) is { } date) return date;
        }
        return null;
    }

    private const int KeywordWindow = 40;

    /// <summary>
    /// Whether the date at <paramref name="at"/> is the site's clock ("It is currently …", "Aktuelle Zeit: …"), which
    /// forum and portal headers print on every page: the day the page was fetched, not a day the page states about itself.
    /// </summary>
    private static bool IsClock(string text, int at)
    {
        var from = Math.Max(0, at - ClockWindow);
        return ClockLabel().IsMatch(text.AsSpan(from, at - from));
    }

    private const int ClockWindow = 45;

    // An optional weekday may stand between the label and the date ("It is currently Tue Aug 27, 2019").
    [GeneratedRegex(@"\b(?:it is currently|current (?:date|time)(?: and time)?|today is|aktuelle[sn]? (?:zeit|datum)(?: und (?:uhr)?zeit)?|heute ist|nous sommes le|date du jour|fecha actual|hoy es|data odierna)\s*:?\s*(?:\p{L}{2,10}\.?,?\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ClockLabel();

    // Publication words only: "updated"/"Stand"/"Änderung" name the modification time.
    [GeneratedRegex(@"\b(?:veröffentlicht|erschienen|publiziert|datum|published|posted|publié|publicado|pubblicato|gepubliceerd|opublikowano|date)\b(?:\s+(?:am|on|le|el|il|em|op|dnia))?\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex PublishKeyword();

    // A name of up to four words, then the comma SMF prints before the date ("Started by the club in 2019, …" is prose).
    [GeneratedRegex(@"\b(?:started by|begonnen von|iniciado por|démarré par)\s+[^\s,]{1,30}(?: [^\s,]{1,30}){0,3},|«\s*on\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex StartedKeyword();

    [GeneratedRegex(@"\b(?:originally|first) published(?:\s+on)?\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalKeyword();

    private static DateTimeOffset? TryBuild(Match m, bool monthFirst)
    {
        int y, mo, d;
        if (m.Groups["iy"].Success)
        {
            y = int.Parse(m.Groups["iy"].Value); mo = int.Parse(m.Groups["im"].Value); d = int.Parse(m.Groups["id"].Value);
        }
        else if (m.Groups["ny"].Success)
        {
            y = Year(m.Groups["ny"].Value); var a = int.Parse(m.Groups["na"].Value); var b = int.Parse(m.Groups["nb"].Value);
            var sep = m.Groups["ns"].Value;
            if (sep == "-" && m.Groups["ny"].Value.Length == 2) return null; // "20-05-12" is too ambiguous
            // Dots are day-first everywhere; slashes are month-first only on US-style pages or when the first number cannot be a day.
            (d, mo) = sep != "." && (monthFirst || b > 12) && a <= 12 ? (b, a) : (a, b);
        }
        else if (m.Groups["dy"].Success)
        {
            if (!Months.TryGetValue(Key(m.Groups["dm"].Value), out mo)) return null;
            y = Year(m.Groups["dy"].Value); d = int.Parse(m.Groups["dd"].Value);
        }
        else if (m.Groups["my"].Success)
        {
            if (!Months.TryGetValue(Key(m.Groups["mm"].Value), out mo)) return null;
            y = Year(m.Groups["my"].Value); d = int.Parse(m.Groups["md"].Value);
        }
        else return null;
        if (mo is < 1 or > 12 || y is < 1995 or > 2100 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
        var value = new DateTimeOffset(y, mo, d, 0, 0, 0, TimeSpan.Zero);
        return DateParsing.Plausible(value) ? value : null;
    }

    private static int Year(string s) => s.Length == 2 ? 2000 + int.Parse(s) : int.Parse(s);

    private static string Key(string month)
    {
        var k = month.ToLowerInvariant().TrimEnd('.');
        return k.Length > 3 && !Months.ContainsKey(k) ? k[..3] : k;
    }

    private static Dictionary<string, int> BuildMonths()
    {
        var names = new[]
        {
            "january|jan|januar|jänner|janvier|janv|enero|ene|gennaio|gen|janeiro|januari|styczeń|stycznia",
            "february|feb|februar|feber|février|févr|fevrier|febrero|febbraio|fevereiro|februari|luty|lutego",
            "march|mar|märz|maerz|mär|mars|marzo|março|maart|marzec|marca",
            "april|apr|avril|avr|abril|abr|aprile|kwiecień|kwietnia",
            "may|mai|mayo|maggio|mag|maio|mei|maj|maja",
            "june|jun|juni|juin|junio|giugno|giu|junho|czerwiec|czerwca",
            "july|jul|juli|juillet|juil|julio|luglio|lug|julho|lipiec|lipca",
            "august|aug|août|aout|agosto|ago|augustus|sierpień|sierpnia",
            "september|sep|sept|septembre|septiembre|set|settembre|setembro|wrzesień|września",
            "october|oct|oktober|okt|octobre|octubre|ottobre|ott|outubro|out|październik|października",
            "november|nov|novembre|noviembre|novembro|listopad|listopada",
            "december|dec|dezember|dez|décembre|déc|diciembre|dic|dicembre|dezembro|grudzień|grudnia",
        };
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
            foreach (var n in names[i].Split('|')) map.TryAdd(n, i + 1);
        return map;
    }

    private const string MonthLetter = "[A-Za-zÀ-ÿąćęłńóśźż]";
    private const string MonthWord = MonthLetter + @"{3,12}\.?";

    // Its backreferences are case-sensitive ((?-i:…)): for a case-insensitive one the source generator emits no code and
    // the pattern runs in the interpreter, about eight times slower (240 against 30 µs on 2000 characters of page text).
    [GeneratedRegex(@"(?<![0-9])(?<iy>(?:19|20)[0-9][0-9])-(?<im>[0-9][0-9])-(?<id>[0-9][0-9])(?![0-9])"
        // Year first with dots or slashes ("2023.11.02.", "2023/11/02", Korean and Japanese sites) or CJK units ("2023年11月2日").
        + @"|(?<![0-9.])(?<iy>(?:19|20)[0-9][0-9])(?<is>[./])(?<im>[0-9]{1,2})(?-i:\k<is>)(?<id>[0-9]{1,2})(?![0-9])"
        + @"|(?<![0-9])(?<iy>(?:19|20)[0-9][0-9])年\s?(?<im>[0-9]{1,2})月\s?(?<id>[0-9]{1,2})日"
        + @"|(?<![0-9.])(?<na>[0-9]{1,2})(?<ns>[./-])(?<nb>[0-9]{1,2})(?-i:\k<ns>)(?<ny>(?:19|20)[0-9][0-9]|[0-9][0-9])(?![0-9])"
        // "4. 2. 2022": day and month with a space after each dot.
        + @"|(?<![0-9.])(?<na>[0-9]{1,2})(?<ns>\.) (?<nb>[0-9]{1,2})\. (?<ny>(?:19|20)[0-9][0-9])(?![0-9])"
        + @"|(?<![0-9])(?<dd>[0-9]{1,2})(?:\.|st|nd|rd|th|er|º)?\s+(?:de\s+)?(?<dm>" + MonthWord + @")\s+(?:de\s+)?(?<dy>(?:19|20)[0-9][0-9])(?![0-9])"
        // A month name starts a word: tried inside every word too, the pattern took 30 µs on 2000 characters of page text, not 19.
        + @"|(?<!" + MonthLetter + ")(?<mm>" + MonthWord + @")\s+(?<md>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<my>(?:19|20)[0-9][0-9])(?![0-9])",
        RegexOptions.IgnoreCase)]
    private static partial Regex AnyDate();
}
