namespace BiasCompanion.Host.Extraction;

/// <summary>The publication time, from the most trustworthy source that has one; URL date patterns last.</summary>
public static class DateChooser
{
    private static readonly string[] MetaKeys =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "datePublished", "published_time",
        "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
        "citation_publication_date", "citation_date", "publish-date", "publish_date", "publishdate",
        "pubdate", "article.published", "article_date_original", "cxenseparse:recs:publishtime", "originalpublicationdate",
        "og:pubdate", "DC.date.issued", "release_date", "published", "published-date", "publication-date",
    ];

    // Plain "date" meta is often the last edit or the crawl day: it ranks below a marked-up datePublished.
    private static readonly string[] GenericMetaKeys = ["dc.date", "dcterms.date", "dcterms.created", "dc.date.created", "date", "timestamp", "created"];

    /// <summary>The source named when the page states only its last edit and that stands in for the publication.</summary>
    public const string ModifiedSource = "modified";

    public static (DateTimeOffset Value, string Source)? Published(PageMetadata md, string url)
    {
        var stated = Stated(md);
        var urlDate = DateParsing.FromUrl(url);
        var monthFirst = MonthFirst(md.HtmlLang);
        var shown = Shown(md, monthFirst);
        var modified = Modified(md);
        // A page that tells its reader when it first appeared has said which of its dates is the publication (a stated
        // instant on that day keeps its time of day).
        if (Original(md, monthFirst) is { } original && !StatedOn(original)) return (original, "originally-published");
        // One <time pubdate> is the page marking its own publication in HTML, where templates' stamps are not.
        if (DateParsing.Parse(md.PubdateTime) is { } marked && !StatedOn(marked)) return (marked, "time-pubdate");
        if (stated is { } s)
        {
            // A bare <time> is the weakest statement, and on a forum it is often the site's clock or the latest reply: the
            // thread's own "Started by …" line says when it was opened.
            if (s.Source == "time" && TextDates.ThreadStarted(md.PageText, monthFirst) is { } opened && !SameDay(opened, s.Value))
                return (opened, ThreadSource);
            // The date printed at the headline beats JSON-LD, itemprop, bare <time> and generic "date" meta values that
            // disagree with it (templates stamp those with a re-publication or the crawl day), unless it is the page's
            // stated modification day ("Updated ..." is not the publication, unless it is all the page shows and only JSON-LD
            // states a publication) or the URL carries the stated day too.
            // A publisher's own publication meta tag still wins.
            var confirmedByUrl = urlDate is { } u0 && OnDay(u0.Date, s.Value);
            if (shown is { } h && !SameDay(h, s.Value) && !confirmedByUrl
                && (modified.Any(m => SameDay(h, m))
                    ? IsSchemaStamp(s.Source) && (ShowsOnlyTheLastEdit(md, s, monthFirst) || MetaPublishes(md, h))
                    : !IsPublicationMeta(s.Source))
                && !(h < s.Value && ShownAsUpdated(md, h, monthFirst)))
                return (h, "headline");
            if (shown is null && IsGenericMeta(s.Source) && !confirmedByUrl && Written(md, monthFirst) is { } w && !SameDay(w, s.Value)
                && !modified.Any(m => SameDay(w, m)))
                return (w, "text");
            // The URL's day is the publisher's calendar day; a stated time written in the wrong zone lands a day off.
            if (urlDate is { } u && Math.Abs((s.Value.UtcDateTime.Date - u.UtcDateTime.Date).TotalDays) == 1
                && (!IsUtcInstant(s.Value) || ZoneCouldExplain(u.Date, s.Value))) return (u, "url");
            return s;
        }
        if (shown is { } onPage) return (onPage, "headline");
        if (Written(md, monthFirst) is { } written) return (written, "text");
        if (urlDate is { } fromUrl) return (fromUrl, "url");
        if (DateParsing.Parse(md.ScriptDate) is { } scripted) return (scripted, "script");
        if (ThreadOpened(md, monthFirst) is { } thread) return (thread, ThreadSource);
        if (TextDates.AfterKeyword(md.PageText, monthFirst) is { } labelled) return (labelled, "labelled-text");
        if (TextDates.First(md.LeadText, monthFirst) is { } lead) return (lead, "lead-text");
        // The last edit is all some pages state; it bounds the publication from above, and it is labelled as such.
        if (modified.Count > 0) return (modified[0], ModifiedSource);
        return TextDates.AfterUpdateLabel(md.PageText, monthFirst) is { } edited ? (edited, ModifiedSource) : null;

        bool StatedOn(DateTimeOffset day) => stated is { } st && SameDay(day, st.Value);
    }

    private const string ThreadSource = "thread";

    /// <summary>
    /// When a forum thread was opened, for a page that states no date of its own: its "Started by" line, else the date in
    /// the first author line ("by NAME » DATE" over the opening post), else the date on the post numbered #1.
    /// </summary>
    private static DateTimeOffset? ThreadOpened(PageMetadata md, bool monthFirst)
    {
        if (TextDates.ThreadStarted(md.PageText, monthFirst) is { } started) return started;
        foreach (var text in md.AuthorTexts)
            if (TextDates.InAuthorLine(text, monthFirst) is { } posted) return posted;
        return TextDates.BeforeFirstPostNumber(md.PageText, monthFirst);
    }

    /// <summary>
    /// Whether the headline area labels the shown day "Updated" and nowhere prints it unlabelled. An edit cannot come before
    /// the publication, so such a day earlier than the stated publication is a stale stamp, not a better date.
    /// </summary>
    private static bool ShownAsUpdated(PageMetadata md, DateTimeOffset shown, bool monthFirst)
    {
        var near = TextDates.Labelled(md.Headline.Before, monthFirst).Concat(TextDates.Labelled(md.Headline.AfterForDates, monthFirst, max: 3)).ToList();
        return near.Exists(d => d.Updated && SameDay(d.Date, shown)) && !near.Exists(d => !d.Updated && SameDay(d.Date, shown));
    }

    /// <summary>The date printed next to the headline: the nearest before it, a &lt;time&gt; there, else the first after it.</summary>
    private static DateTimeOffset? Shown(PageMetadata md, bool monthFirst)
    {
        // A date labelled "Updated" is passed over when the area shows another: the unlabelled one is the publication.
        var before = TextDates.Labelled(md.Headline.Before, monthFirst);
        if (before.Count > 0)
        {
            var plain = before.FindLastIndex(d => !d.Updated);
            return before[plain >= 0 ? plain : before.Count - 1].Date;
        }
        foreach (var t in md.Headline.Times)
            if (DateParsing.Parse(t) is { } time) return time;
        var after = TextDates.Labelled(md.Headline.AfterForDates, monthFirst, max: 3);
        var unlabelled = after.FindIndex(d => !d.Updated);
        if (unlabelled >= 0) return after[unlabelled].Date;
        // A lone "Updated" date is taken only close to the headline: further down it is a forum's "last post by …".
        var near = TextDates.Labelled(md.Headline.After, monthFirst, max: 1);
        return near.Count > 0 ? near[0].Date : null;
    }

    /// <summary>
    /// A page whose publication day is stated only in JSON-LD (no publication meta tag) and never shown at the headline,
    /// while the headline shows the stated last edit, presents that edit as its date: the JSON-LD day is then the
    /// template's first-save stamp, not a day the publisher tells its reader.
    /// </summary>
    private static bool ShowsOnlyTheLastEdit(PageMetadata md, (DateTimeOffset Value, string Source) stated, bool monthFirst)
    {
        if (!IsSchemaStamp(stated.Source) || HasPublicationMeta(md)) return false;
        foreach (var day in TextDates.All(md.Headline.Before, monthFirst).Concat(TextDates.All(md.Headline.AfterForDates, monthFirst)))
            if (SameDay(day, stated.Value)) return false;
        return true;
    }

    /// <summary>
    /// A publication meta tag that states the shown day: two of the page's statements agree that the shown day is the
    /// publication, even when a template also stamps it as the last edit and JSON-LD names an earlier day.
    /// </summary>
    private static bool MetaPublishes(PageMetadata md, DateTimeOffset shown) => PublicationMetas(md).Any(m => SameDay(shown, m.Date));

    // "datePublished" in a meta is schema.org microdata, the same stamp as the JSON-LD, not a separate statement.
    private static bool HasPublicationMeta(PageMetadata md) => PublicationMetas(md).Any(m => m.Key != "datePublished");

    /// <summary>The publication meta tags that hold a date, in <see cref="MetaKeys"/> order.</summary>
    private static IEnumerable<(string Key, DateTimeOffset Date)> PublicationMetas(PageMetadata md)
    {
        foreach (var key in MetaKeys)
            if (DateParsing.Parse(md.Get(key)) is { } meta) yield return (key, meta);
    }

    /// <summary>The page's stated last edits (JSON-LD, then meta), parsed once per page.</summary>
    private static List<DateTimeOffset> Modified(PageMetadata md)
    {
        var found = new List<DateTimeOffset>(2);
        if (DateParsing.Parse(md.JsonLd.DateModified) is { } ld) found.Add(ld);
        if (DateParsing.Parse(md.Get("article:modified_time", "og:updated_time", "dateModified", "og:article:modified_time")) is { } meta) found.Add(meta);
        return found;
    }

    /// <summary>
    /// A day written on the page matches a stated instant on the publisher's calendar day or on the UTC day (day and month
    /// read either way round when both could be a month); a shown instant
    /// (a &lt;time&gt; with a time of day) less than a day from the stated one is the same event written in another zone.
    /// </summary>
    private static bool SameDay(DateTimeOffset shown, DateTimeOffset stated) =>
        OnDay(shown.Date, stated) || (Swapped(shown.Date) is { } swapped && OnDay(swapped, stated))
        || (shown.TimeOfDay != TimeSpan.Zero && (shown - stated).Duration() < TimeSpan.FromDays(1));

    private static DateTimeOffset? Original(PageMetadata md, bool monthFirst)
    {
        foreach (var text in md.DateTexts)
            if (TextDates.OriginallyPublished(text, monthFirst) is { } original) return original;
        return null;
    }

    /// <summary>The first date written in an element whose class or id names a date.</summary>
    private static DateTimeOffset? Written(PageMetadata md, bool monthFirst)
    {
        foreach (var text in md.DateTexts)
            if ((DateParsing.Parse(text) ?? TextDates.First(text, monthFirst)) is { } written) return written;
        return null;
    }

    private static bool IsGenericMeta(string source) =>
        source.StartsWith("meta:", StringComparison.Ordinal) && !IsPublicationMeta(source);

    /// <summary>schema.org's datePublished, as JSON-LD or as a microdata meta: what a template stamps on first save.</summary>
    private static bool IsSchemaStamp(string source) => source is "json-ld" or "meta:datepublished";

    private static bool IsPublicationMeta(string source) =>
        source.StartsWith("meta:", StringComparison.Ordinal) && !GenericMetaKeys.Contains(source["meta:".Length..], StringComparer.OrdinalIgnoreCase);

    /// <summary>A stated time of day given in UTC: the publisher's own calendar day is not known from it.</summary>
    private static bool IsUtcInstant(DateTimeOffset stated) => stated.Offset == TimeSpan.Zero && stated.TimeOfDay != TimeSpan.Zero;

    /// <summary>
    /// Whether <paramref name="day"/> is the calendar day of a UTC instant somewhere publishers are: up to ten hours
    /// west (Hawaii) or twelve east (New Zealand). 10:04 UTC cannot be the day before anywhere west of that.
    /// </summary>
    private static bool ZoneCouldExplain(DateTime day, DateTimeOffset stated)
    {
        var utc = stated.UtcDateTime;
        return (day == utc.Date.AddDays(-1) && utc.TimeOfDay < TimeSpan.FromHours(10))
            || (day == utc.Date.AddDays(1) && utc.TimeOfDay >= TimeSpan.FromHours(12));
    }

    private static bool OnDay(DateTime day, DateTimeOffset stated) => day == stated.Date || day == stated.UtcDateTime.Date;

    // "09.10.2024" is 9 October in Europe and 10 September in the US: either reading may be the stated day.
    private static DateTime? Swapped(DateTime day) => day.Day <= 12 && day.Day != day.Month ? new DateTime(day.Year, day.Day, day.Month) : null;

    private static (DateTimeOffset Value, string Source)? Stated(PageMetadata md)
    {
        if (md.JsonLd.HasArticle && DateParsing.Parse(md.JsonLd.DatePublished) is { } ld) return (ld, "json-ld");
        foreach (var (key, meta) in PublicationMetas(md)) return (meta, "meta:" + key.ToLowerInvariant());
        var itemprop = DateParsing.Parse(md.ItempropDatePublished);
        var single = md.ItempropDatePublishedCount == 1;
        if (single && itemprop is { } item) return (item, "itemprop");
        if (DateParsing.Parse(md.JsonLd.DatePublished) is { } page) return (page, "json-ld");
        foreach (var key in GenericMetaKeys)
            if (DateParsing.Parse(md.Get(key)) is { } meta) return (meta, "meta:" + key.ToLowerInvariant());
        if (!single && itemprop is { } first) return (first, "itemprop");
        foreach (var t in md.TimeValues)
            if (DateParsing.Parse(t) is { } time) return (time, "time");
        return null;
    }

    private static bool MonthFirst(string? lang)
    {
        if (string.IsNullOrEmpty(lang)) return false;
        var l = lang.ToLowerInvariant();
        return l == "en-us";
    }
}
