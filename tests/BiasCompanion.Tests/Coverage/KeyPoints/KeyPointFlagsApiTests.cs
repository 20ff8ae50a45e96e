using System.Net;
using System.Net.Http.Json;
using BiasCompanion.Host.Api;
using BiasCompanion.Host.Coverage;
using BiasCompanion.Host.Coverage.KeyPoints;
using BiasCompanion.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BiasCompanion.Tests.Coverage.KeyPoints;

/// <summary>Key points, framing, timeline and flags end to end: fixture pages analysed by the real host, then flagged.</summary>
public sealed class KeyPointFlagsApiTests : IDisposable
{
    private static readonly DateTimeOffset Saturday = new(2025, 7, 12, 9, 0, 0, TimeSpan.FromHours(9));
    private readonly BiasCompanionFactory _host = new BiasCompanionFactory().With("BiasCompanion:MaxPageBytes", "262144");
    private readonly HttpClient _client;

    public KeyPointFlagsApiTests() => _client = _host.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }

    private async Task<CoverageReport> AnalyzeLavrovStoryAsync()
    {
        await Analyze("https://www.reuters.com/world/asia-pacific/lavrov-kim-2025-07-12/", FixturePages.Lavrov(0, Saturday));
        return await Analyze("https://www.foxnews.com/world/lavrov-kim-jong-un-wonsan", FixturePages.Lavrov(2, Saturday.AddHours(2)));
    }

    private async Task<CoverageReport> Analyze(string url, string html)
    {
        using var response = await _client.PostAsJsonAsync("/api/analyze", new PageCapture(url, null, html, null, null));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CoverageReport>())!;
    }

    private Task<HttpResponseMessage> Flag(long storyId, string? text) =>
        _client.PostAsJsonAsync($"/api/stories/{storyId}/keypoints/flags", new KeyPointFlagsApi.FlagRequest(text));

    [Fact]
    public async Task A_two_outlet_story_has_cited_key_points_framing_and_a_timeline()
    {
        var report = await AnalyzeLavrovStoryAsync();

        Assert.Equal(2, report.ArticleCount);
        Assert.InRange(report.KeyPoints.Count, 3, 5);
        var sentences = FixturePages.LavrovParagraphs.Concat(FixturePages.LavrovRetold).ToHashSet();
        Assert.All(report.KeyPoints, p => Assert.Contains(p.Text, sentences));
        var articleIds = report.Articles.Select(a => a.Id).ToHashSet();
        Assert.All(report.KeyPoints, p => Assert.Subset(articleIds, p.ArticleIds.ToHashSet()));
        Assert.Contains(report.KeyPoints, p => p.Sides.SequenceEqual([Sides.Center, Sides.Right]) && p.ArticleIds.Count == 2);
        Assert.Equal([Sides.Center, Sides.Right], report.Framing.Select(f => f.Side));
        Assert.Equal([Sides.Center, Sides.Right], report.Timeline.Select(t => t.Side));
        Assert.Equal(Saturday, report.Timeline[0].FirstAt);
        Assert.Equal("hour", report.Timeline[0].Unit);

        var json = await _client.GetStringAsync($"/api/stories/{report.StoryId}");
        foreach (var name in new[] { "\"keyPoints\"", "\"articleIds\"", "\"framing\"", "\"onlyThisSide\"", "\"timeline\"", "\"firstAt\"", "\"buckets\"" })
            Assert.Contains(name, json);
    }

    [Fact]
    public async Task A_flagged_point_goes_last_stays_flagged_and_is_stored()
    {
        var report = await AnalyzeLavrovStoryAsync();
        var storyId = report.StoryId!.Value;
        var first = report.KeyPoints[0];

        using var response = await Flag(storyId, first.Text);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var flagged = (await response.Content.ReadFromJsonAsync<CoverageReport>())!;
        Assert.Equal(report.KeyPoints.Count, flagged.KeyPoints.Count);
        Assert.Equal(first.Text, flagged.KeyPoints[^1].Text);
        Assert.True(flagged.KeyPoints[^1].Flagged);
        Assert.DoesNotContain(flagged.KeyPoints.SkipLast(1), p => p.Flagged);
        Assert.Equal(report.KeyPoints[1].Text, flagged.KeyPoints[0].Text);

        var again = await _client.GetFromJsonAsync<CoverageReport>($"/api/stories/{storyId}");
        Assert.Equal(first.Text, again!.KeyPoints[^1].Text);
        Assert.Single(_host.Services.GetRequiredService<KeyPointFlagStore>().HashesOf(storyId));
    }

    [Fact]
    public async Task Flags_on_unknown_points_or_stories_and_empty_flags_are_refused()
    {
        var report = await AnalyzeLavrovStoryAsync();

        using var unknownPoint = await Flag(report.StoryId!.Value, "The moon is made of cheese.");
        using var unknownStory = await Flag(987654, report.KeyPoints[0].Text);
        using var empty = await Flag(report.StoryId!.Value, " ");
        using var huge = await Flag(report.StoryId!.Value, new string('a', KeyPointFlagging.MaxTextLength + 1));

        Assert.Equal(HttpStatusCode.NotFound, unknownPoint.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownStory.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Empty(_host.Services.GetRequiredService<KeyPointFlagStore>().HashesOf(report.StoryId!.Value));
    }
}
