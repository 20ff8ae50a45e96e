using System.Net;
using BiasCompanion.Host.Api;
using BiasCompanion.Host.Coverage;
using BiasCompanion.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace BiasCompanion.Tests.Api;

/// <summary>The hub over a real Kestrel with the real SignalR .NET client.</summary>
public sealed class CoverageHubTests : IDisposable
{
    private static readonly DateTimeOffset Saturday = new(2025, 7, 12, 9, 0, 0, TimeSpan.FromHours(9));
    private readonly KestrelHostFactory _host;

    public CoverageHubTests()
    {
        _host = new KestrelHostFactory();
        // Refill 1 a minute: on a busy machine 5 lookups can take long enough to earn a token back at the default rate.
        _host.With("BiasCompanion:MaxPageBytes", "262144").With("BiasCompanion:RateLimit:Burst", "5").With("BiasCompanion:RateLimit:PerMinute", "1");
    }

    public void Dispose() => _host.Dispose();

    private HubConnection Connect(string? origin = $"chrome-extension://{BiasCompanionFactory.OwnExtensionId}", string? token = null)
    {
        var url = new Uri(_host.Address, CoverageHub.Path);
        return new HubConnectionBuilder()
            .WithUrl(url, HttpTransportType.WebSockets, options =>
            {
                options.SkipNegotiation = true;
                if (origin is not null) options.Headers["Origin"] = origin;
                if (token is not null) options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
    }

    private static PageCapture Capture(string url, string html) => new(url, null, html, null, DateTimeOffset.UtcNow);

    [Fact]
    public async Task Analyze_returns_the_report_and_a_watcher_gets_updated_when_another_client_joins_its_story()
    {
        await using var watcher = Connect();
        await using var reader = Connect(origin: null, token: _host.PairingCode);
        var updates = new TaskCompletionSource<CoverageReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.On<CoverageReport>(nameof(ICoverageClient.CoverageUpdated), report =>
        {
            if (report.ArticleCount >= 2) updates.TrySetResult(report);
        });
        await watcher.StartAsync();
        await reader.StartAsync();

        var first = await watcher.InvokeAsync<CoverageReport>("Analyze",
            Capture("https://www.reuters.com/world/asia-pacific/lavrov-kim-2025-07-12/", FixturePages.Lavrov(0, Saturday)));
        var second = await reader.InvokeAsync<CoverageReport>("Analyze",
            Capture("https://www.foxnews.com/world/lavrov-kim-jong-un-wonsan", FixturePages.Lavrov(2, Saturday.AddHours(2))));

        Assert.Equal(first.StoryId, second.StoryId);
        var pushed = await updates.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(first.StoryId, pushed.StoryId);
        Assert.Contains(pushed.Articles, a => a.Outlet.Domain == "foxnews.com");
    }

    [Fact]
    public async Task Watch_and_unwatch_control_the_pushes()
    {
        await using var client = Connect();
        await client.StartAsync();
        var report = await client.InvokeAsync<CoverageReport>("Analyze",
            Capture("https://www.reuters.com/world/asia-pacific/lavrov-kim-2025-07-12/", FixturePages.Lavrov(0, Saturday)));
        await client.InvokeAsync("Unwatch", report.StoryId!.Value);
        var pushes = 0;
        client.On<CoverageReport>(nameof(ICoverageClient.CoverageUpdated), _ => Interlocked.Increment(ref pushes));

        await using var other = Connect();
        await other.StartAsync();
        await other.InvokeAsync<CoverageReport>("Analyze",
            Capture("https://www.foxnews.com/world/lavrov-kim-jong-un-wonsan", FixturePages.Lavrov(2, Saturday.AddHours(2))));
        await Task.Delay(500);
        Assert.Equal(0, pushes);

        var error = await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync("Watch", 424242L));
        Assert.Contains("No story", error.Message);
    }

    [Fact]
    public async Task SeeOtherSides_answers_with_the_current_report()
    {
        await using var client = Connect();
        await client.StartAsync();
        var report = await client.InvokeAsync<CoverageReport>("Analyze",
            Capture("https://www.reuters.com/world/asia-pacific/lavrov-kim-2025-07-12/", FixturePages.Lavrov(0, Saturday)));

        var again = await client.InvokeAsync<CoverageReport>("SeeOtherSides", report.StoryId!.Value);
        Assert.Equal(report.StoryId, again.StoryId);
    }

    [Fact]
    public async Task A_web_page_origin_cannot_open_the_hub_even_with_the_token()
    {
        await using var connection = Connect(origin: "https://evil.example", token: _host.PairingCode);
        var error = await Assert.ThrowsAnyAsync<Exception>(() => connection.StartAsync());
        Assert.Contains("403", error.Message);
    }

    [Fact]
    public async Task A_wrong_token_cannot_open_the_hub()
    {
        await using var connection = Connect(origin: null, token: "WRONG-CODE-WRONG-CODE-WRONG-CODE-WRONG");
        var error = await Assert.ThrowsAnyAsync<Exception>(() => connection.StartAsync());
        Assert.Contains("401", error.Message);
    }

    [Fact]
    public async Task An_oversized_page_is_a_hub_error_and_the_connection_keeps_working()
    {
        await using var client = Connect();
        await client.StartAsync();
        var huge = "<html><body>" + new string('x', 300_000) + "</body></html>";

        var error = await Assert.ThrowsAsync<HubException>(() =>
            client.InvokeAsync<CoverageReport>("Analyze", Capture("https://www.bbc.com/news/x", huge)));
        Assert.Contains("larger than", error.Message);
        var after = await client.InvokeAsync<CoverageReport>("Analyze", Capture("https://www.foxnews.com/", FixturePages.HomePage()));
        Assert.False(after.IsArticle);
    }

    [Fact]
    public async Task A_message_over_the_hub_limit_closes_only_that_connection()
    {
        await using var client = Connect();
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        await client.StartAsync();
        var beyondLimit = new string('y', 700_000); // the message limit is 2 × MaxPageBytes + 64 KiB

        _ = client.InvokeAsync<CoverageReport>("Analyze", Capture("https://www.bbc.com/news/x", beyondLimit));
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await using var next = Connect();
        await next.StartAsync();
        var report = await next.InvokeAsync<CoverageReport>("Analyze", Capture("https://www.foxnews.com/", FixturePages.HomePage()));
        Assert.False(report.IsArticle);
    }

    [Fact]
    public async Task Lookups_beyond_the_burst_are_refused_per_connection()
    {
        await using var client = Connect();
        await client.StartAsync();
        var capture = Capture("https://www.foxnews.com/", FixturePages.HomePage());
        for (var i = 0; i < 5; i++) await client.InvokeAsync<CoverageReport>("Analyze", capture);

        var error = await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync<CoverageReport>("Analyze", capture));
        Assert.Contains("Too many lookups", error.Message);

        await using var other = Connect();
        await other.StartAsync();
        Assert.False((await other.InvokeAsync<CoverageReport>("Analyze", capture)).IsArticle);
    }

    [Fact]
    public async Task The_hub_refuses_a_rebinding_host_header()
    {
        using var http = new HttpClient();
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_host.Address, "/hubs/coverage/negotiate?negotiateVersion=1"));
        request.Headers.Host = "attacker.example";
        request.Headers.Authorization = new("Bearer", _host.PairingCode);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
