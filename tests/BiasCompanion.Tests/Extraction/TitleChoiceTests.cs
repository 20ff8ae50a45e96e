using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>Headline choices a reader would call wrong (a heading from the text, furniture around the headline), on small pages written here.</summary>
public sealed class TitleChoiceTests
{
    private readonly ArticleExtractor extractor = new();

    private string? TitleOf(string head, string body, string url = "https://courier.example/news/tram") =>
        extractor.Extract(url, $"<!doctype html><html lang=\"en\"><head>{head}</head><body>{body}<article>{Fixtures.Paragraphs}</article></body></html>").Title;

    [Fact]
    public void AnH1InsideTheTextGivesWayToTheMetadataTitlePrintedAsAnH2()
    {
        var head = "<title>Why do riders love the tram? | Transit Notes</title>";
        var body = "<h2>Why do riders love the tram?</h2><p>Intro.</p><h1 id=\"love\">But what riders love is the quiet ride to the tram stop</h1>";

        Assert.Equal("Why do riders love the tram?", TitleOf(head, body));
        // Without the title printed as a heading, the page's one <h1> still wins over a rewritten metadata title.
        Assert.Equal("Riders love the quiet tram", TitleOf("<title>Why do riders love the quiet tram?</title>", "<h1>Riders love the quiet tram</h1>"));
    }

    [Fact]
    public void ADatePrintedInsideTheHeadingIsNotPartOfTheHeadline()
    {
        var body = "<h1><a href=\"/blog/tram\"><time datetime=\"2025-12-18\">Dec <span>18</span> 2025</time> Preparing the tram&nbsp;timetable</a></h1>";

        Assert.Equal("Preparing the tram timetable", TitleOf("<meta property=\"og:title\" content=\"Preparing the tram timetable\">", body));
        Assert.Equal("Preparing the tram timetable", TitleOf("", body));
    }

    [Fact]
    public void ABlogLabelBeforeTheHeadlineIsDroppedWhenItIsGenericOrNamesTheSite()
    {
        Assert.Equal("Tram extension approved by the council",
            TitleOf("<title>Tram extension approved by the council | Courier</title>", "<h1><strong>Blog:</strong> Tram extension approved by the council</h1>"));
        Assert.Equal("Tram extension approved",
            TitleOf("<meta property=\"og:title\" content=\"Courier Blog: Tram extension approved\">", "<h1>Tram extension approved</h1><h1>What it costs</h1>"));
        // A label that is not the site's name stays: it may be a series or the headline's own first words.
        Assert.Equal("Harbour Blog: Tram extension approved",
            TitleOf("<meta property=\"og:title\" content=\"Harbour Blog: Tram extension approved\">", "<h1>News</h1><h1>Weather</h1>"));
    }

    [Fact]
    public void TheSiteNamePrintedAsTheMastheadHeadingIsDroppedFromTheFrontOfTheTitle()
    {
        Assert.Equal("Tram extension approved",
            TitleOf("<title>courier.example Tram extension approved</title>", "<h1><a href=\"/\">courier.example</a></h1>"));
        // A headline that merely opens with the site's name keeps it.
        Assert.Equal("courier.example Weekly Edition", TitleOf("<title>courier.example Weekly Edition</title>", "<h1>courier.example Weekly Edition</h1>"));
    }

    [Fact]
    public void WhatFollowsABarInTheHeadingIsDroppedAsInTheMetadataTitle()
    {
        Assert.Equal("Why the tram needs a second depot",
            TitleOf("<meta property=\"og:title\" content=\"Why the tram needs a second depot | Opinion\">", "<h1>Why the tram needs a second depot | Opinion</h1>"));
        Assert.Equal("Best tram passes in 2025",
            TitleOf("<title>Best tram passes in 2025 | Top 9 Picks | Courier</title>", "<h1>Best tram passes in 2025 | Top 9 Picks</h1>"));
    }

    [Fact]
    public void AHeadingEqualToTheTitleWithoutItsBracketedAsideIsTheHeadline()
    {
        var body = "<h1><a href=\"../\">Jane Doe</a>'s <a href=\"../notes/\">Tram Notes</a>:</h1><h1>The Night Tram Problem</h1>";

        Assert.Equal("The Night Tram Problem", TitleOf("<title>The Night Tram Problem (Jane Doe)</title>", body));
        // Without such a heading the title keeps its aside: it may be part of the name (a year, an edition).
        Assert.Equal("The Night Tram Problem (1992)", TitleOf("<title>The Night Tram Problem (1992)</title>", "<h1>Notes</h1><h1>Archive</h1>"));
    }

    [Fact]
    public void AOneHeadingPageWhoseHeadingRunsOverTwoLinesKeepsTheMetadataTitle()
    {
        var head = "<meta property=\"og:title\" content=\"Best Tram Passes: Top Picks for 2025\">";

        Assert.Equal("Best Tram Passes: Top Picks for 2025", TitleOf(head, "<h1>The Best Tram Passes<span class=\"block\">Top picks and day tickets</span></h1>"));
        Assert.Equal("The Best Tram Passes and Day Tickets", TitleOf(head, "<h1>The Best Tram Passes and Day Tickets</h1>"));
    }

    [Fact]
    public void AnAllCapitalsHeadingAgreeingWithTheMetadataTitleIsWrittenInTheMetadatasCase()
    {
        Assert.Equal("Night Tram Returns", TitleOf("<title>Night Tram Returns | Courier</title>", "<h1>NIGHT<br>TRAM <span>RETURNS</span></h1>"));
    }

    [Fact]
    public void AJsonLdHeadlineCutShortGivesWayToTheWholeTitle()
    {
        const string whole = "Fix It Friday: Struggling With Your Daily Tram Commute Across Town? We Help 4 Readers Find Better Routes (Including One Trick That Always Works)";
        var cut = whole[..whole.IndexOf(" One", StringComparison.Ordinal)];
        var head = $"<meta property=\"og:site_name\" content=\"Courier\"><meta property=\"og:title\" content=\"{whole} - Courier\">"
            + $"<script type=\"application/ld+json\">{{\"@type\":\"BlogPosting\",\"headline\":\"{cut}\"}}</script>";

        Assert.Equal(whole, TitleOf(head, "<h1>Courier</h1><h1>Latest</h1>"));
        // A headline the other titles go on from only after a separator is whole: they append the site's name.
        var shortHead = "<meta property=\"og:title\" content=\"Tram line opens - Courier extra\"><script type=\"application/ld+json\">"
            + "{\"@type\":\"NewsArticle\",\"headline\":\"Tram line opens…\"}</script>";
        Assert.Equal("Tram line opens…", TitleOf(shortHead, "<h1>Courier</h1><h1>Latest</h1>"));
    }

    [Fact]
    public void AForumThreadsPrefixLabelIsNotPartOfItsTitle()
    {
        var head = "<meta property=\"og:title\" content=\"Question - Which tram pass is best for students?\">";

        Assert.Equal("Which tram pass is best for students?",
            TitleOf(head, "<h1 class=\"p-title-value\"><span class=\"label\">Question</span><span class=\"label-append\">&nbsp;</span>Which tram pass is best for students?</h1>"));
    }

    [Fact]
    public void ATitleWithAnEmptyHeadlineBeforeTheBarGivesWayToTheHeading()
    {
        var head = "<title>| Courier Magazine</title><meta property=\"og:site_name\" content=\"Courier Magazine\">";

        Assert.Equal("Tram Gadgets", TitleOf(head, "<h1>Tram Gadgets</h1><h1>Latest</h1>"));
        // A title that is the site's name and nothing else is left alone: a home page's title is its name.
        Assert.Equal("Courier Magazine", TitleOf("<title>Courier Magazine</title><meta property=\"og:site_name\" content=\"Courier Magazine\">", "<h1>Tram Gadgets</h1><h1>Latest</h1>"));
    }

    [Fact]
    public void AHeadingTheMetadataTitleOpensWithBeforeACommaIsTheHeadline()
    {
        var head = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"The Best New Tram Cafes to Visit This Month, December 2025\"}</script>";

        Assert.Equal("The Best New Tram Cafes to Visit This Month", TitleOf(head, "<h1>Courier</h1><h1>The Best New Tram Cafes to Visit This Month</h1>"));
        // Two words are too few to tell a headline from a section's name.
        Assert.Equal("Tram Cafes, December 2025",
            TitleOf(head.Replace("The Best New Tram Cafes to Visit This Month, December 2025", "Tram Cafes, December 2025"), "<h1>Courier</h1><h1>Tram Cafes</h1>"));
    }

    [Fact]
    public void AHeadingThatLostCharactersToQuestionMarksGivesWayToTheMetadataTitle()
    {
        var head = "<meta property=\"og:title\" content=\"What Are The Basics Of Tram Travel: Beginner's Guide\">";

        Assert.Equal("What Are The Basics Of Tram Travel: Beginner's Guide", TitleOf(head, "<h1>What Are The Basics Of Tram Travel? Beginner? Guide</h1>"));
        // A real question mark the metadata title lacks is the page's own headline.
        Assert.Equal("What Are The Basics Of Tram Travel?", TitleOf(head, "<h1>What Are The Basics Of Tram Travel?</h1>"));
    }

    [Fact]
    public void ASiteShellTitleOpeningWithTheSiteNameGivesWayToThePagesOneHeading()
    {
        const string url = "https://www.forum.example/r/trams/comments/1x/night_trams";
        Assert.Equal("Should night trams run every ten minutes?",
            TitleOf("<title>Forum - The heart of the city</title>", "<h1>Should night trams run every ten minutes?</h1>", url));
        // The site's name after the title is how pages name their headline; an og:title is written for the page.
        Assert.Equal("The heart of the city",
            TitleOf("<title>The heart of the city - Forum</title>", "<h1>Should night trams run every ten minutes?</h1>", url));
        Assert.Equal("The heart of the city",
            TitleOf("<meta property=\"og:title\" content=\"Forum - The heart of the city\">", "<h1>Should night trams run every ten minutes?</h1>", url));
    }
}
