using System.Net;
using System.Net.Http.Json;
using BiasCompanion.Host.Api;
using BiasCompanion.Host.Coverage;
using BiasCompanion.Host.History;
using BiasCompanion.Tests.Infrastructure;

namespace BiasCompanion.Tests.History;

/// <summary>The reader's diet and privacy controls, through the API on a real store.</summary>
public sealed class HistoryApiTests : IDisposable
{
    private static readonly DateTimeOffset Saturday = new(2025, 7, 12, 9, 0, 0, TimeSpan.Zero);
    private readonly BiasCompanionFactory _host = new();
    private readonly HttpClient _client;

    public HistoryApiTests() => _client = _host.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }

    private async Task<CoverageReport> Read(string url, string html)
    {
        using var response = await _client.PostAsJsonAsync("/api/analyze", new PageCapture(url, null, html, null, null));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CoverageReport>())!;
    }

    [Fact]
    public async Task The_diet_counts_what_was_read_by_side_outlet_and_country_and_finds_one_sided_stories()
    {
        await Read("https://www.foxnews.com/world/lavrov-kim", FixturePages.Lavrov(0, Saturday));
        await Read("https://www.foxnews.com/world/lavrov-kim", FixturePages.Lavrov(0, Saturday)); // read twice: one article
        var other = await Read("https://www.theguardian.com/world/2025/jul/12/kim-lavrov", FixturePages.Lavrov(2, Saturday.AddHours(1)));
        await _client.PutAsJsonAsync("/api/history/paused", new HistoryApi.PauseRequest(true));
        await Read("https://www.cnn.com/2025/07/12/world/other", FixturePages.Article("Storm hits the coast",
            ["A storm hit the coast on Saturday, cutting power to thousands of homes."], Saturday));
        await _client.PutAsJsonAsync("/api/history/paused", new HistoryApi.PauseRequest(false));

        var diet = (await _client.GetFromJsonAsync<DietReport>("/api/history/diet?days=30"))!;

        Assert.Equal(3, diet.Reads);
        Assert.Equal(2, diet.Articles);
        Assert.Equal(["foxnews.com", "theguardian.com"], diet.Outlets.Select(o => o.Domain).Order());
        Assert.Equal([new Share("GB", 1, 50), new Share("US", 1, 50)], diet.Countries);
        Assert.Equal(50, diet.Distribution.Left);
        Assert.Equal(50, diet.Distribution.Right);
        Assert.Equal(2, other.OutletCount);
        Assert.False(diet.RecordingPaused);
        Assert.Empty(diet.OneSidedStories); // both sides of that story were read
        var today = Assert.Single(diet.Daily);
        Assert.Equal((1, 0, 1, 0), (today.Left, today.Center, today.Right, today.Unrated));
    }

    [Fact]
    public async Task Pausing_stops_recording_and_deleting_and_export_work()
    {
        await Read("https://www.foxnews.com/world/lavrov-kim", FixturePages.Lavrov(0, Saturday));
        var paused = await (await _client.PutAsJsonAsync("/api/history/paused", new HistoryApi.PauseRequest(true))).Content.ReadFromJsonAsync<HistoryApi.Status>();
        await Read("https://www.theguardian.com/world/2025/jul/12/kim-lavrov", FixturePages.Lavrov(2, Saturday));
        Assert.Equal(new HistoryApi.Status(true, 1), paused);
        Assert.Equal(1, (await _client.GetFromJsonAsync<HistoryApi.Status>("/api/history"))!.Reads);

        var csv = await _client.GetStringAsync("/api/history/export?format=csv");
        Assert.StartsWith("read_at,article_id,story_id,outlet,published_at,title,url\n", csv);
        Assert.Contains("foxnews.com", csv);
        Assert.Equal(2, csv.Trim().Split('\n').Length);
        var json = await _client.GetFromJsonAsync<List<ReadingHistory.ReadEvent>>("/api/history/export");
        using var posted = await _client.PostAsync("/api/history/export?format=csv", null);
        Assert.Equal(csv, await posted.Content.ReadAsStringAsync());
        Assert.Equal("https://www.foxnews.com/world/lavrov-kim", Assert.Single(json!).Url);

        using var badDelete = await _client.DeleteAsync("/api/history");
        Assert.Equal(HttpStatusCode.BadRequest, badDelete.StatusCode);
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd");
        Assert.Equal(0, (await (await _client.DeleteAsync($"/api/history?day={yesterday}")).Content.ReadFromJsonAsync<HistoryApi.Deleted>())!.Reads);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        Assert.Equal(1, (await (await _client.DeleteAsync($"/api/history?day={today}")).Content.ReadFromJsonAsync<HistoryApi.Deleted>())!.Reads);
        Assert.Equal(0, (await _client.GetFromJsonAsync<HistoryApi.Status>("/api/history"))!.Reads);
        Assert.Equal(2, (await _client.GetFromJsonAsync<HealthApi.Health>("/api/health"))!.Articles); // the corpus stays
    }

    [Fact]
    public async Task Reading_one_side_of_a_story_covered_by_others_is_flagged()
    {
        await Read("https://www.foxnews.com/world/lavrov-kim", FixturePages.Lavrov(0, Saturday));
        await _client.PutAsJsonAsync("/api/history/paused", new HistoryApi.PauseRequest(true));
        await Read("https://www.theguardian.com/world/2025/jul/12/kim-lavrov", FixturePages.Lavrov(2, Saturday.AddHours(1)));
        await _client.PutAsJsonAsync("/api/history/paused", new HistoryApi.PauseRequest(false));

        var diet = (await _client.GetFromJsonAsync<DietReport>("/api/history/diet?days=7"))!;

        var story = Assert.Single(diet.OneSidedStories);
        Assert.Equal("right", story.Side);
        Assert.Equal(["left"], story.OtherSidesCovering);
    }
}
