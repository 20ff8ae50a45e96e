using AngleSharp.Html.Parser;
using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>The date a page prints at its headline, weighed against the dates its metadata states.</summary>
public sealed class HeadlineDateTests
{
    private readonly ArticleExtractor extractor = new();

    private static string Page(string head, string body) =>
        $"<!doctype html><html lang=\"en\"><head>{head}</head><body>{body}{Fixtures.Paragraphs}</body></html>";

    private static string JsonLd(string published, string? modified = null) =>
        "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"Winter gardens\",\"datePublished\":\"" + published + "\""
        + (modified is null ? "" : ",\"dateModified\":\"" + modified + "\"") + "}</script>";

    [Fact]
    public void DatePrintedUnderTheHeadlineBeatsADisagreeingJsonLdDate()
    {
        var html = Page(JsonLd("2025-12-01T05:10:15Z"), "<h1>Winter gardens that last</h1><p class=\"meta\">Ann Lee · 24 Apr 2000 · 3 min read</p>");

        var a = extractor.Extract("https://garden.example/winter-gardens-that-last", html);

        Assert.Equal(new DateTime(2000, 4, 24), a.PublishedAt!.Value.Date);
        Assert.Equal("headline", a.PublishedSource);
    }

    [Fact]
    public void UpdatedDateAtTheHeadlineDoesNotReplaceThePublicationDate()
    {
        var html = Page("<meta property=\"article:published_time\" content=\"2023-01-10T08:00:00+00:00\">" + JsonLd("2023-01-10T09:00:00+01:00", "2024-06-01T10:00:00+02:00"),
            "<h1>Winter gardens that last</h1><p>By Ann Lee. Updated June 1, 2024</p>");

        var a = extractor.Extract("https://garden.example/winter-gardens-that-last", html);

        Assert.Equal(new DateTimeOffset(2023, 1, 10, 9, 0, 0, TimeSpan.FromHours(1)), a.PublishedAt);
    }

    [Theory]
    [InlineData("")]
    // Microdata's datePublished is the same schema.org stamp as the JSON-LD, not a statement of its own.
    [InlineData("<meta itemprop=\"datePublished\" content=\"2023-01-10T09:00:00+01:00\">")]
    public void LastEditIsTheDateWhenItIsAllTheHeadlineShowsAndOnlyJsonLdStatesThePublication(string microdata)
    {
        var html = Page(microdata + JsonLd("2023-01-10T09:00:00+01:00", "2024-06-01T10:00:00+02:00"),
            "<h1>Winter gardens that last</h1><p>By Ann Lee. Updated June 1, 2024</p>");

        var a = extractor.Extract("https://garden.example/winter-gardens-that-last", html);

        Assert.Equal(new DateTime(2024, 6, 1), a.PublishedAt!.Value.Date);
        Assert.Equal("headline", a.PublishedSource);
    }

    [Fact]
    public void LastEditShownAtTheHeadlineIsTheDateWhenOnlyMicrodataStatesThePublication()
    {
        var head = "<meta itemprop=\"datePublished\" content=\"2024-05-09 00:00:00 +0000\"><meta itemprop=\"dateModified\" content=\"2025-12-16 00:00:00 +0000\">";
        var html = Page(head, "<h1>Winter gardens that last</h1><p>16 December 2025 by Ann Lee</p>");

        Assert.Equal(new DateTime(2025, 12, 16), extractor.Extract("https://garden.example/winter", html).PublishedAt!.Value.Date);
    }

    [Fact]
    public void ShownDayThatThePublicationMetaAlsoStatesBeatsAnEarlierJsonLdDay()
    {
        var head = "<meta property=\"article:published_time\" content=\"2025-12-19T13:06:00+00:00\">"
            + "<meta property=\"article:modified_time\" content=\"2025-12-19T13:06:00+00:00\">" + JsonLd("2018-04-03T16:50:31Z", "2025-12-19T13:06:00Z");
        var html = Page(head, "<h1>Winter gardens that last</h1><p>By Ann Lee · Dec 19, 2025</p>");

        var a = extractor.Extract("https://garden.example/winter-gardens-that-last", html);

        Assert.Equal(new DateTime(2025, 12, 19), a.PublishedAt!.Value.Date);
        Assert.Equal("headline", a.PublishedSource);
    }

    [Fact]
    public void LastEditDoesNotReplaceAJsonLdPublicationTheHeadlineAlsoShows()
    {
        var html = Page(JsonLd("2023-01-10T09:00:00+01:00", "2024-06-01T10:00:00+02:00"),
            "<h1>Winter gardens that last</h1><p>Updated June 1, 2024</p><p>First published January 10, 2023</p>");

        Assert.Equal("json-ld", extractor.Extract("https://garden.example/winter-gardens-that-last", html).PublishedSource);
    }

    [Fact]
    public void PublishersPublishedTimeMetaStillWinsOverTheHeadlineDate()
    {
        var html = Page("<meta property=\"article:published_time\" content=\"2021-12-10T02:17:00+00:00\">",
            "<h1>Winter gardens that last</h1><p>December 12, 2021</p>");

        Assert.Equal(new DateTime(2021, 12, 10), extractor.Extract("https://garden.example/winter", html).PublishedAt!.Value.Date);
    }

    [Fact]
    public void DateAboveTheHeadlineIsUsedWhenNoMetadataStatesOne()
    {
        var html = Page("<title>Winter gardens</title>", "<nav>Home 01/01/1999</nav><div><span>23/12/2025</span></div><h1>Winter gardens that last</h1>");

        var a = extractor.Extract("https://garden.example/blog/winter", html);

        Assert.Equal(new DateTimeOffset(2025, 12, 23, 0, 0, 0, TimeSpan.Zero), a.PublishedAt);
        Assert.Equal("headline", a.PublishedSource);
    }

    [Fact]
    public void HeadlineAreaStopsAtTheNextHeadlineAndKeepsTimeElements()
    {
        var doc = new HtmlParser().ParseDocument(
            "<body><h1>Story</h1><p>By Ann <time datetime=\"2024-03-05T22:30:00-05:00\">March 5</time></p><h2>Related</h2><p>May 1, 2019</p></body>");

        var area = HeadlineArea.Around(doc.QuerySelector("h1"));

        Assert.Equal(["2024-03-05T22:30:00-05:00"], area.Times);
        Assert.DoesNotContain("2019", area.After);
        Assert.Contains("By Ann", area.After);
    }

    [Theory]
    [InlineData("<p>Health · December 22, 2022 · Updated: January 2, 2026</p><h1>Winter gardens that last</h1>", "2022-12-22")]
    [InlineData("<h1>Winter gardens that last</h1><p>Last updated on January 2, 2026</p><p>By Ann Lee, 22.12.2022</p>", "2022-12-22")]
    // Alone, the updated date is still the date the page shows.
    [InlineData("<h1>Winter gardens that last</h1><p>Updated: January 2, 2026</p>", "2026-01-02")]
    public void DateLabelledUpdatedGivesWayToAnotherShownDate(string body, string day)
    {
        var a = extractor.Extract("https://garden.example/winter", Page("<title>Winter gardens</title>", body));

        Assert.Equal(day, a.PublishedAt?.ToString("yyyy-MM-dd"));
        Assert.Equal("headline", a.PublishedSource);
    }

    [Fact]
    public void ForumThreadsLastPostGivesWayToItsStart()
    {
        var body = "<h1>Which winter plants survive frost?</h1><p>12 answers / Last post: 01/12/2025 at 6:49 pm</p><p>Ann Lee 28/11/2025 at 7:07 pm</p>";

        Assert.Equal("2025-11-28", extractor.Extract("https://forum.example/t/winter", Page("<title>Forum</title>", body)).PublishedAt?.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void MarksDatesThatFollowAnUpdatedLabel() =>
        Assert.Equal([false, true, true], TextDates.Labelled("3 Dec 2025 · Updated 4 December 2025 · geändert am 05.12.2025").Select(d => d.Updated));

    [Fact]
    public void HeadlinePrintedAgainForAnotherLayoutDoesNotEndTheArea()
    {
        var doc = new HtmlParser().ParseDocument(
            "<body><h1 class=\"d-none\">Winter gardens that last</h1><a href=\"/share\">Share</a><div><h1>Winter gardens that last</h1><p>By Ann Lee</p><p>April 19, 2025</p></div>"
            + "<h2>Related</h2><p>May 1, 2019</p></body>");

        var area = HeadlineArea.Around(doc.QuerySelector("h1"));

        Assert.Contains("April 19, 2025", area.After);
        Assert.DoesNotContain("2019", area.After);
    }

    [Fact]
    public void ReadsEveryDateInATextInOrder()
    {
        var dates = TextDates.All("Published: 03 Dec 2025. Updated 4 December 2025", monthFirst: false);

        Assert.Equal([new DateTimeOffset(2025, 12, 3, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 12, 4, 0, 0, 0, TimeSpan.Zero)], dates);
    }

    [Fact]
    public void HeadlineTimeWrittenInTheWrongZoneAgreesWithTheStatedInstant()
    {
        var html = Page(JsonLd("2017-02-24T01:18:13Z"),
            "<h1>Winter gardens that last</h1><span><time datetime=\"2017-02-23T17:18:13+00:00\">8h</time></span>");

        var a = extractor.Extract("https://garden.example/winter-gardens-that-last", html);

        Assert.Equal(new DateTimeOffset(2017, 2, 24, 1, 18, 13, TimeSpan.Zero), a.PublishedAt);
        Assert.Equal("json-ld", a.PublishedSource);
    }

    [Fact]
    public void ProseDatesAfterTheHeadlineAreNotTheShownDate()
    {
        var prose = "The new rules, which came into force on 28.01.2022, let clubs fill their halls again after a long winter of empty seats and closed doors.";
        var html = Page("<title>Clubs</title>", $"<h1>Clubs may fill their halls again</h1><p>{prose}</p>");

        Assert.NotEqual("headline", extractor.Extract("https://verband.example/aktuell/clubs", html).PublishedSource);
    }

    [Fact]
    public void DayMonthReadEitherWayRoundAgreesWithTheStatedDay()
    {
        var html = Page(JsonLd("2024-09-10T16:07:00Z"), "<h1>Winter gardens that last</h1><p>By Ann Lee 09.10.2024</p>");

        Assert.Equal("json-ld", extractor.Extract("https://garden.example/winter-gardens-that-last", html).PublishedSource);
    }

    [Fact]
    public void ScriptDataDateIsALateFallback()
    {
        var html = Page("<title>Winter gardens</title><script>window.__STATE__={\"page\":{\"publishDate\":\"2025-05-27\",\"updated\":\"2025-06-01\"}};</script>",
            "<div>Winter gardens that last</div>");

        var a = extractor.Extract("https://garden.example/winter", html);

        Assert.Equal(new DateTimeOffset(2025, 5, 27, 0, 0, 0, TimeSpan.Zero), a.PublishedAt);
        Assert.Equal("script", a.PublishedSource);
    }

    [Fact]
    public void ReadsDayAndMonthWithSpacesAfterTheDots() =>
        Assert.Equal("2022-02-04", TextDates.First("Von Deutscher Tennis Bund 4. 2. 2022.")?.ToString("yyyy-MM-dd"));

    [Theory]
    [InlineData("입력 2023.11.02. 오후 8:06", "2023-11-02")]
    [InlineData("Posted 2023/11/02 08:06", "2023-11-02")]
    [InlineData("2023年11月2日 20:06", "2023-11-02")]
    public void ReadsYearFirstDatesWithDotsSlashesAndCjkUnits(string text, string day) =>
        Assert.Equal(day, TextDates.First(text)?.ToString("yyyy-MM-dd"));

    [Fact]
    public void HiddenUpdatedStampBesideThePublishedOneIsNotTheShownDate()
    {
        var stamp = "<span class=\"posted-on\">Published <a href=\"/p\"><time class=\"entry-date published\" datetime=\"2019-02-10T09:30:10+01:00\">10 February 2019</time>"
            + "<time class=\"updated\" datetime=\"2019-02-09T23:00:55+01:00\">9 February 2019</time></a></span>";
        var html = Page("<title>Running in winter</title>", $"<div class=\"entry-meta\">{stamp}</div><h1>Running in winter</h1>");

        var a = extractor.Extract("https://runner.example/running-in-winter/", html);

        Assert.Equal(new DateTime(2019, 2, 10), a.PublishedAt!.Value.Date);
    }

    [Fact]
    public void LoneUpdatedStampIsStillTheShownDate()
    {
        var html = Page("<title>Fares rise</title>",
            "<h1>Fares rise in January</h1><span class=\"td-post-date\"><time class=\"entry-date updated\" datetime=\"2023-11-06T13:10:21+01:00\">6 November 2023</time></span>");

        Assert.Equal(new DateTime(2023, 11, 6), extractor.Extract("https://presse.example/fares-rise/", html).PublishedAt!.Value.Date);
    }

    [Fact]
    public void UrlDayDoesNotReplaceAUtcDaytimeNoZoneCouldMoveToIt()
    {
        var html = Page(JsonLd("2020-07-09T10:04:04Z"), "<h1>Federal workers return</h1>");

        var a = extractor.Extract("https://paper.example/politics/federal-workers-return/2020/07/08/c3d2_story.html", html);

        Assert.Equal(new DateTimeOffset(2020, 7, 9, 10, 4, 4, TimeSpan.Zero), a.PublishedAt);
    }

    [Fact]
    public void UrlDayStillWinsOverAUtcTimeAnHourPastMidnight()
    {
        var html = Page(JsonLd("2020-07-09T01:04:04Z"), "<h1>Federal workers return</h1>");

        var a = extractor.Extract("https://paper.example/politics/federal-workers-return/2020/07/08/c3d2_story.html", html);

        Assert.Equal("url", a.PublishedSource);
        Assert.Equal(new DateTime(2020, 7, 8), a.PublishedAt!.Value.Date);
    }

    [Theory]
    // A generic "date" meta gives way to the date printed at the headline.
    [InlineData("<meta name=\"date\" content=\"2022-01-26T14:32:06+02:00\">", "<h1>Touring boots tested</h1><p>21.01.2022 - 13:30</p>", "2022-01-21", "headline")]
    // With no date at the headline, a generic "date" meta also gives way to one written in a date-classed element.
    [InlineData("<meta name=\"date\" content=\"2020-04-30\">", "<div><span class=\"article-date\">29.04.2020, 12:01 Uhr</span></div><div>Rent strike</div>", "2020-04-29", "text")]
    // A meta named plainly "published" is a publication date.
    [InlineData("<meta name=\"published\" content=\"July 17, 2025\">", "<div>Winter gardens that last</div>", "2025-07-17", "meta:published")]
    // The last edit stands in when the page states nothing else, and says so.
    [InlineData("<meta property=\"article:modified_time\" content=\"2023-06-12T10:39:42+00:00\">", "<div>Winter gardens that last</div>", "2023-06-12", DateChooser.ModifiedSource)]
    public void DateAndTheSourceItCameFrom(string head, string body, string day, string source)
    {
        var a = extractor.Extract("https://garden.example/winter-gardens", Page(head, body));

        Assert.Equal(day, a.PublishedAt?.ToString("yyyy-MM-dd"));
        Assert.Equal(source, a.PublishedSource);
    }

    [Fact]
    public void StatedDayThatTheUrlRepeatsIsNotReplacedByACaptionDateAboveTheHeadline()
    {
        var html = Page(JsonLd("2023-11-08T20:18:44Z"),
            "<figure><figcaption>Doctors at the hospital on Oct. 21, 2023.</figcaption></figure><h1>Winter gardens that last</h1>");

        var a = extractor.Extract("https://paper.example/2023/11/08/winter-gardens-that-last/", html);

        Assert.Equal(new DateTimeOffset(2023, 11, 8, 20, 18, 44, TimeSpan.Zero), a.PublishedAt);
    }

    [Fact]
    public void LastEditDoesNotStandInWhenTheTextShowsADate()
    {
        var html = Page("<meta property=\"article:modified_time\" content=\"2023-06-12T10:39:42+00:00\">",
            "<h1>Winter gardens that last</h1><p>By Ann Lee, 3 May 2021</p>");

        Assert.Equal(new DateTime(2021, 5, 3), extractor.Extract("https://garden.example/winter", html).PublishedAt!.Value.Date);
    }
    [Fact]
    public void IndentationBetweenTheHeadlineAndItsDateLineDoesNotUseUpTheSearch()
    {
        // Pretty-printed markup: blank lines and deep indentation between the headline and the line that dates it.
        var indent = string.Concat(Enumerable.Repeat("\n" + new string(' ', 60) + "<span></span>", 12));
        var html = Page(JsonLd("2025-12-01T05:10:15Z"), $"<h1>Winter gardens that last</h1>{indent}<p class=\"meta\">Ann Lee · 24 Apr 2000</p>");

        var a = extractor.Extract("https://garden.example/winter-gardens-that-last", html);

        Assert.Equal(new DateTime(2000, 4, 24), a.PublishedAt!.Value.Date);
        Assert.Equal("headline", a.PublishedSource);
    }

    [Theory]
    [InlineData("last post by jdoe Jun 5, 2024")]
    [InlineData("Joined Jun 5, 2024")]
    [InlineData("Special financing – Ends Aug 2, 2026")]
    public void AForumsLastPostOrJoinDateFarBelowTheHeadlineIsNotThePagesDate(string line)
    {
        var indent = string.Concat(Enumerable.Repeat("\n" + new string(' ', 60) + "<span></span>", 12));
        var html = Page(JsonLd("2024-06-02T20:22:24-04:00"), $"<h1>Winter gardens that last</h1>{indent}<p>{line}</p>");

        var a = extractor.Extract("https://forum.example/threads/winter-gardens.123/", html);

        Assert.Equal(new DateTime(2024, 6, 2), a.PublishedAt!.Value.Date);
    }

    [Theory]
    [InlineData("This article was originally published on 26 Sep 2019 at 4:12pm but has been updated since.")]
    [InlineData("First published: September 26, 2019, 9:13 PM")]
    public void ADateLineSayingWhenThePageFirstAppearedBeatsTheShownAndStatedDates(string disclaimer)
    {
        var html = Page("<meta property=\"article:published_time\" content=\"2022-09-30T01:07:00+00:00\">",
            $"<h1>Winter gardens that last</h1><p class=\"meta\">Ann Lee · 30 Sep 2022</p><p class=\"publish-disclaimer\">{disclaimer}</p>");

        var a = extractor.Extract("https://garden.example/winter-gardens-that-last", html);

        Assert.Equal(new DateTime(2019, 9, 26), a.PublishedAt!.Value.Date);
        Assert.Equal("originally-published", a.PublishedSource);
    }

    [Fact]
    public void FirstPublishedInAnotherPublicationIsNotADate()
    {
        var html = Page("<meta property=\"article:published_time\" content=\"2022-09-30T01:07:00+00:00\">",
            "<h1>Winter gardens that last</h1><p class=\"publish-note\">First published in Garden Weekly, which ran it in 2019.</p>");

        Assert.Equal(new DateTime(2022, 9, 30), extractor.Extract("https://garden.example/winter-gardens-that-last", html).PublishedAt!.Value.Date);
    }

    [Fact]
    public void AStatedInstantOnTheFirstPublishedDayKeepsItsTimeOfDay()
    {
        var html = Page("<meta property=\"article:published_time\" content=\"2019-09-26T06:12:00+00:00\">",
            "<h1>Winter gardens that last</h1><p class=\"publish-disclaimer\">First published: September 26, 2019</p>");

        var a = extractor.Extract("https://garden.example/winter-gardens-that-last", html);

        Assert.Equal(new DateTimeOffset(2019, 9, 26, 6, 12, 0, TimeSpan.Zero), a.PublishedAt);
    }

    [Fact]
    public void ThePagesOneTimePubdateBeatsADisagreeingJsonLdStamp()
    {
        var html = Page(JsonLd("2025-11-29T12:28:31-05:00"),
            "<h1>Winter gardens that last</h1><p>By Ann Lee</p>" + Fixtures.Paragraphs
            + "<div class=\"published\">Published <time pubdate datetime=\"2025-08-13\">August 13, 2025</time></div>");

        var a = extractor.Extract("https://garden.example/winter-gardens-that-last", html);

        Assert.Equal(new DateTime(2025, 8, 13), a.PublishedAt!.Value.Date);
        Assert.Equal("time-pubdate", a.PublishedSource);
    }

    [Fact]
    public void SeveralTimePubdatesAreAListingAndDoNotDateThePage()
    {
        var teasers = string.Concat(Enumerable.Range(1, 3).Select(i => $"<p>Teaser {i} <time pubdate datetime=\"2019-09-2{i}T07:30:29Z\">2{i} septembre</time></p>"));
        var html = Page("<meta property=\"article:published_time\" content=\"2019-06-28T10:00:00+02:00\">", "<h1>Winter gardens that last</h1>" + Fixtures.Paragraphs + teasers);

        Assert.Equal(new DateTime(2019, 6, 28), extractor.Extract("https://garden.example/winter-gardens-that-last", html).PublishedAt!.Value.Date);
    }
}
