using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>A forum thread is dated by its opening post, not by the site's clock, the latest reply or a date quoted in a post.</summary>
public sealed class ThreadDateTests
{
    private readonly ArticleExtractor extractor = new();

    private const string Url = "https://forum.example/threads/which-tent-for-a-first-trip.4411/";

    private static string Page(string body, string head = "") =>
        $"<!doctype html><html lang=\"en\"><head><title>Which tent for a first trip?</title>{head}</head><body>{body}</body></html>";

    private const string Question = "<p>I am planning my first camping trip in the hills this spring and cannot decide between a dome tent and a tunnel tent. "
        + "The dome seems easier to pitch but the tunnel has more room for our bags. What would you pick for two people and a dog?</p>";

    private const string Reply = "<p>Take the dome. It stands on its own, you can move it after pitching, and it copes better with wind on open ground. "
        + "The extra room of the tunnel is nice but only if you pitch it well every single time.</p>";

    [Theory]
    [InlineData("It is currently Sat Nov 28, 2026 6:02 pm")]
    [InlineData("Aktuelle Zeit: 28.11.2026, 18:02")]
    [InlineData("Current time: 28/11/2026")]
    public void TheSitesClockIsNotAWrittenDate(string clock)
    {
        Assert.Null(TextDates.First(clock));
        Assert.Empty(TextDates.All(clock));
    }

    [Fact]
    public void TheClocksDateLabelIsNotAPublicationKeyword()
    {
        Assert.Null(TextDates.AfterKeyword("Aktuelles Datum und Uhrzeit: 28.11.2026, 18:02"));
    }

    [Fact]
    public void TheClockInADateClassedHeaderDoesNotDateTheThread()
    {
        var html = Page("<div class=\"datetime\">Aktuelle Zeit: 28.11.2026, 18:02</div>"
            + "<div class=\"post\"><p class=\"author\">Beitrag von <strong>Sam Reed</strong> » 04.03.2019, 10:15</p>" + Question + "</div>");

        var a = extractor.Extract(Url, html);

        Assert.Equal(new DateTime(2019, 3, 4), a.PublishedAt!.Value.Date);
        Assert.Equal("thread", a.PublishedSource);
    }

    [Theory]
    [InlineData("id=\"todays-date\"")]
    [InlineData("class=\"header__current-date\"")]
    public void AnElementNamedAsTodaysDateIsTheClockNotTheDateAtTheHeadline(string attribute)
    {
        var html = Page($"<header><p {attribute}><strong>Friday</strong>, November 27, 2026</p></header>"
            + "<article><h1>Which tent for a first trip?</h1><p class=\"byline\">By the outdoors desk 04.03.2019</p>" + Question + Reply + "</article>");

        Assert.Equal(new DateTime(2019, 3, 4), extractor.Extract(Url, html).PublishedAt!.Value.Date);
    }

    [Fact]
    public void ADateAfterTheClockIsStillRead()
    {
        Assert.Equal("2019-03-04", TextDates.First("It is currently Sat Nov 28, 2026 6:02 pm. Posted 4 March 2019")?.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void ThreadHeaderStartedByBeatsABareTimeThatIsTheSitesClock()
    {
        var html = Page("<div class=\"user\"><time datetime=\"2026-11-28T18:02:00Z\">November 28, 2026, 06:02:00 PM</time></div>"
            + "<h2><span id=\"top_subject\">Which tent for a first trip?</span></h2><p>Started by Sam Reed, March 04, 2019, 10:15:00 AM</p>"
            + "<div class=\"post\">" + Question + "</div><div class=\"post\">" + Reply + "</div>");

        var a = extractor.Extract(Url, html);

        Assert.Equal(new DateTime(2019, 3, 4), a.PublishedAt!.Value.Date);
        Assert.Equal("thread", a.PublishedSource);
    }

    [Fact]
    public void OpeningPostsOnLineDatesTheThreadAndRepliesDoNot()
    {
        var html = Page("<div class=\"post\"><div class=\"smalltext\">« <strong>Reply #3 on:</strong> May 01, 2019, 08:00:00 AM »</div>" + Reply + "</div>"
            + "<div class=\"post\"><div class=\"smalltext\">« <strong>on:</strong> March 04, 2019, 10:15:00 AM »</div>" + Question + "</div>");

        Assert.Equal(new DateTime(2019, 3, 4), extractor.Extract(Url, html).PublishedAt!.Value.Date);
    }

    [Fact]
    public void FirstAuthorLineOverTheOpeningPostDatesTheThread()
    {
        var html = Page("<p class=\"current\">It is currently Sat Nov 28, 2026 6:02 pm</p>"
            + "<div class=\"post\"><p class=\"author\">by <strong>Sam Reed</strong> » Mon Mar 04, 2019 10:15 am</p>" + Question + "</div>"
            + "<div class=\"post\"><p class=\"author\">by <strong>Kim Park</strong> » Tue Mar 05, 2019 8:01 pm</p>" + Reply
            + "<p>Date: 12 April 2020, when we finally went.</p></div>");

        var a = extractor.Extract(Url, html);

        Assert.Equal(new DateTime(2019, 3, 4), a.PublishedAt!.Value.Date);
        Assert.Equal("thread", a.PublishedSource);
    }

    [Theory]
    [InlineData("by Sam Reed » Mon Mar 04, 2019 10:15 am", "2019-03-04")]
    [InlineData("Beitrag von Sam Reed am 04/03/19, 10:15", "2019-03-04")]
    [InlineData("04.03.2019", "2019-03-04")]
    [InlineData("Sam Reed Reviewed 04/03/2019", null)]
    [InlineData("Sam Reed 04.03.2019", null)]
    [InlineData("by Sam Reed · Updated 04.03.2019", null)]
    public void AnAuthorLineDatesItsPostOnlyWhenItReadsLikeAPostHeader(string line, string? expected)
    {
        Assert.Equal(expected, TextDates.InAuthorLine(line)?.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void CustomerReviewSignaturesDoNotDateAProductPage()
    {
        var html = Page("<h1>Folding camp table</h1><p>Light aluminium table for two, folds to the size of a laptop bag.</p>"
            + "<div class=\"review\"><div class=\"review-author\">Sam Reed Reviewed 04/03/2019</div><p>Sturdy and light.</p></div>");

        // The words of the page may still be read as a last resort, but not as the opening of a thread.
        Assert.NotEqual("thread", extractor.Extract("https://shop.example/folding-camp-table", html).PublishedSource);
    }

    [Fact]
    public void AJoinDateInTheAuthorColumnIsNotThePostsDate()
    {
        var html = Page("<div class=\"post\"><div class=\"author\">Sam Reed Joined: Jan 02, 2011</div>"
            + "<div class=\"head\">Mar 4, 2019 | 10:15 am # 1</div>" + Question + "</div>");

        Assert.Equal(new DateTime(2019, 3, 4), extractor.Extract(Url, html).PublishedAt!.Value.Date);
    }

    [Fact]
    public void DateOnThePostNumberedOneBeatsADateQuotedInAReply()
    {
        var html = Page("<div class=\"post\"><div class=\"head\">Mar 4, 2019 | 10:15 am <a href=\"#p1\">#<strong>1</strong></a></div>" + Question + "</div>"
            + "<div class=\"post\"><div class=\"head\">Mar 7, 2019 | 9:40 pm <a href=\"#p2\">#<strong>2</strong></a></div>" + Reply
            + "<p>Date: 12 April 2020</p></div>");

        var a = extractor.Extract(Url, html);

        Assert.Equal(new DateTime(2019, 3, 4), a.PublishedAt!.Value.Date);
        Assert.Equal("thread", a.PublishedSource);
    }

    [Theory]
    [InlineData("Mar 4, 2019 #1", "2019-03-04")]
    [InlineData("Mar 4, 2019 at 10:15 AM · #1", "2019-03-04")]
    [InlineData("Mar 4, 2019 and the #1 pick", null)]
    [InlineData("Mar 4, 2019 #12", null)]
    public void OnlyATimeOfDayMayStandBetweenTheDateAndThePostNumber(string text, string? expected)
    {
        Assert.Equal(expected, TextDates.BeforeFirstPostNumber(text)?.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void StartedByNeedsTheCommaBeforeTheDate()
    {
        Assert.Equal("2019-03-04", TextDates.ThreadStarted("Started by Sam Reed, March 04, 2019, 10:15:00 AM")?.ToString("yyyy-MM-dd"));
        Assert.Null(TextDates.ThreadStarted("The club was started by Sam Reed in March 2019 and grew fast, 4 March 2019"));
    }
}
