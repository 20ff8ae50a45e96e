using BiasCompanion.Host.Api;
using BiasCompanion.Host.Coverage;
using BiasCompanion.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace BiasCompanion.Tests.Load;

/// <summary>
/// Found by <c>scripts/bench ingest</c>: a watcher of a story that got merged into another received the push that
/// announced the merge, but none after it (it stayed in the old story's group), so 50 watchers missed an article.
/// </summary>
public sealed class MergedStoryPushTests : IDisposable
{
    private static readonly DateTimeOffset Saturday = new(2025, 7, 12, 9, 0, 0, TimeSpan.Zero);
    private readonly KestrelHostFactory _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_watcher_of_a_merged_story_keeps_getting_the_surviving_storys_updates()
    {
        await using var client = new HubConnectionBuilder()
            .WithUrl(new Uri(_host.Address, CoverageHub.Path), HttpTransportType.WebSockets, o =>
            {
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult<string?>(_host.PairingCode);
            })
            .Build();
        var pushes = new List<long?>();
        client.On<CoverageReport>(nameof(ICoverageClient.CoverageUpdated), r => { lock (pushes) pushes.Add(r.StoryId); });
        await client.StartAsync();
        var watched = await client.InvokeAsync<CoverageReport>("Analyze", new PageCapture(
            "https://www.reuters.com/world/asia-pacific/lavrov-kim-2025-07-12/", null, FixturePages.Lavrov(0, Saturday), null, Saturday));
        using var http = _host.CreateClient();
        var survivor = (await AnalyzeAsync(http, "https://www.bbc.co.uk/news/council-parks-budget", FixturePages.Article(
            "City council approves new budget for parks",
            ["The city council approved a new budget on Tuesday that doubles spending on parks and playgrounds across the city.",
             "Council members voted eight to three in favour after a long debate about maintenance costs."], Saturday))).StoryId!.Value;
        Assert.NotEqual(watched.StoryId, survivor);

        // The matcher announces that the watched story was merged into the survivor, then the survivor changes again.
        var notifier = _host.Services.GetRequiredService<ICoverageNotifier>();
        await notifier.StoryChangedAsync(survivor, [watched.StoryId!.Value]);
        await notifier.StoryChangedAsync(survivor, []);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Count(pushes, survivor) < 2 && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Equal(2, Count(pushes, survivor));
    }

    private static int Count(List<long?> pushes, long story)
    {
        lock (pushes) return pushes.Count(p => p == story);
    }

    private static async Task<CoverageReport> AnalyzeAsync(HttpClient http, string url, string html)
    {
        using var response = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(http, "/api/analyze", new PageCapture(url, null, html, null, Saturday));
        response.EnsureSuccessStatusCode();
        return (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<CoverageReport>(response.Content))!;
    }
}
