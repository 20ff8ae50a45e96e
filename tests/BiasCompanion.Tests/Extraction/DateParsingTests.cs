using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

public sealed class DateParsingTests
{
    [Theory]
    [InlineData("2024-03-05T22:30:00-05:00", 2024, 3, 5, -5)]
    [InlineData("2024-03-05T22:30:00+0100", 2024, 3, 5, 1)]
    [InlineData("2024-03-05 22:30:00", 2024, 3, 5, 0)]
    [InlineData("Tue, 05 Mar 2024 22:30:00 GMT", 2024, 3, 5, 0)]
    [InlineData("2024-03-05", 2024, 3, 5, 0)]
    public void KeepsThePagesOwnDayAndOffset(string value, int y, int m, int d, int offsetHours)
    {
        var parsed = DateParsing.Parse(value);
        Assert.NotNull(parsed);
        Assert.Equal(new DateTime(y, m, d), parsed!.Value.Date);
        Assert.Equal(TimeSpan.FromHours(offsetHours), parsed.Value.Offset);
    }

    [Theory]
    [InlineData("09:17")]
    [InlineData("yesterday")]
    [InlineData("1890-01-01")]
    [InlineData("")]
    public void RejectsValuesThatAreNotPublicationDates(string value) => Assert.Null(DateParsing.Parse(value));

    [Theory]
    [InlineData("https://x.example/2019/03/24/story", "2019-03-24")]
    [InlineData("https://x.example/news/2019-03-24-story", "2019-03-24")]
    [InlineData("https://x.example/20190324/story", "2019-03-24")]
    [InlineData("https://x.example/2019/43/story", null)]
    [InlineData("https://x.example/2019/02/30/story", null)]
    [InlineData("https://x.example/story-123456", null)]
    [InlineData("https://x.example/meldungen/29-10-2021", "2021-10-29")]
    [InlineData("https://x.example/newsroom/23-01-2022-title/17-378.html", "2022-01-23")]
    [InlineData("https://x.example/newsroom/05-03-2022-title", null)] // 5 March or 3 May: not guessed
    public void ReadsDatesFromUrls(string url, string? expected) =>
        Assert.Equal(expected, DateParsing.FromUrl(url)?.ToString("yyyy-MM-dd"));

    [Theory]
    [InlineData("Veröffentlicht am 5. Juni 2018, 10:00 Uhr", false, "2018-06-05")]
    [InlineData("Published March 5, 2020", false, "2020-03-05")]
    [InlineData("05.06.2018", false, "2018-06-05")]
    [InlineData("06/05/2018", true, "2018-06-05")]
    [InlineData("publicado el 5 de marzo de 2020", false, "2020-03-05")]
    [InlineData("2023/11/02", false, "2023-11-02")]
    [InlineData("2023.11/02", false, null)]
    [InlineData("05.06-2018", false, null)]
    [InlineData("MARCH 5, 2020", false, "2020-03-05")]
    [InlineData("no date here", false, null)]
    public void ReadsDatesWrittenForPeople(string text, bool monthFirst, string? expected) =>
        Assert.Equal(expected, TextDates.First(text, monthFirst)?.ToString("yyyy-MM-dd"));
}
