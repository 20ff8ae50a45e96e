using System.Net.Http.Json;
using BiasCompanion.Host.Api;
using BiasCompanion.Host.Coverage;
using BiasCompanion.Host.Ingestion;
using BiasCompanion.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace BiasCompanion.Tests.Ingestion;

/// <summary>The host polling a fixture web of good and broken feeds, end to end (real Kestrel, real store).</summary>
public sealed class FeedPollingTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly DateTimeOffset Saturday = new(2025, 7, 12, 9, 0, 0, TimeSpan.Zero);
    private FixtureWeb _web = null!;
    private int _goodFeedVersion;
    private string? _searchQuery;

    public async Task InitializeAsync() => _web = await FixtureWeb.StartAsync(app =>
    {
        app.MapGet("/feeds/good.xml", () => Results.Text(Rss(_goodFeedVersion == 0
            ? [Item("/a/lavrov-1", "Lavrov hails brotherhood with North Korea", "g1"), Item("/a/other", "City council approves new budget for parks", "g2")]
            : [Item("/a/other", "City council approves new budget for parks", "g2"), Item("/a/lavrov-1?utm_source=rss", "Lavrov hails brotherhood with North Korea", "g1"),
               Item("/a/lavrov-1", "Lavrov hails brotherhood with North Korea (dup)", "g1b")]), "application/rss+xml"));
        app.MapGet("/feeds/late.xml", () => Results.Text(Rss([Item("/a/lavrov-2", "Kim receives Lavrov in Wonsan", "l1")]), "application/rss+xml"));
        app.MapGet("/feeds/broken.xml", () => Results.Text("<rss><channel><item><title>never closed", "application/rss+xml"));
        app.MapGet("/feeds/error", () => Results.StatusCode(500));
        app.MapGet("/feeds/busy", (HttpContext c) => { c.Response.Headers.RetryAfter = "3600"; return Results.StatusCode(429); });
        app.MapGet("/feeds/to-private", () => Results.Redirect("http://10.0.0.1/feed.xml"));
        app.MapGet("/feeds/ssrf-item.xml", () => Results.Text(Rss([ItemAt("http://169.254.169.254/latest/meta-data/iam", "Metadata grab", "s1")]), "application/rss+xml"));
        app.MapGet("/a/lavrov-1", () => Results.Content(FixturePages.Lavrov(0, Saturday), "text/html"));
        app.MapGet("/a/lavrov-2", () => Results.Content(FixturePages.Lavrov(2, Saturday.AddHours(2)), "text/html"));
        app.MapGet("/a/other", () => Results.Content(FixturePages.Article("City council approves new budget for parks",
            ["The city council approved a new budget on Tuesday that doubles spending on parks and playgrounds across the city.",
             "Council members voted eight to three in favour after a long debate about maintenance costs."], Saturday), "text/html"));
        app.MapGet("/search", (string q) => { _searchQuery = q; return Results.Text(Rss([Item("/a/lavrov-2", "Kim receives Lavrov in Wonsan", "d1")]), "application/rss+xml"); });
    });

    public async Task DisposeAsync() => await _web.DisposeAsync();

    private string Item(string path, string title, string guid) => ItemAt(_web.Url(path).AbsoluteUri, title, guid);

    private static string ItemAt(string url, string title, string guid) =>
        $"<item><title>{title}</title><link>{System.Security.SecurityElement.Escape(url)}</link><guid isPermaLink=\"false\">{guid}</guid><description>Short teaser.</description></item>";

    private static string Rss(IEnumerable<string> items) => $"<rss version=\"2.0\"><channel><title>Fixture</title>{string.Concat(items)}</channel></rss>";

    private KestrelHostFactory Host(params string[] feeds)
    {
        var host = new KestrelHostFactory();
        host.With("BiasCompanion:Ingestion:Enabled", "true")
            .With("BiasCompanion:Ingestion:UseRegistryFeeds", "false")
            .With("BiasCompanion:Ingestion:TickMilliseconds", "100")
            .With("BiasCompanion:Ingestion:PollIntervalSeconds", "1")
            .With("BiasCompanion:Fetch:MinHostIntervalMilliseconds", "10")
            .With("BiasCompanion:Ingestion:BackoffBaseSeconds", "0")
            .With("BiasCompanion:Ingestion:ParkAfterFailures", "3")
            .With("BiasCompanion:Fetch:AllowLoopback", "true")
            .With("BiasCompanion:Fetch:TimeoutSeconds", "3");
        for (var i = 0; i < feeds.Length; i++) host.With($"BiasCompanion:Ingestion:Feeds:{i}", _web.Url(feeds[i]).AbsoluteUri);
        return host;
    }

    private static async Task<T> Eventually<T>(Func<Task<T>> probe, Func<T, bool> done, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await probe();
            if (done(value) || DateTime.UtcNow > deadline) return value;
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Healthy_feeds_are_stored_once_while_broken_ones_back_off_and_park()
    {
        using var host = Host("/feeds/good.xml", "/feeds/broken.xml", "/feeds/error", "/feeds/busy", "/feeds/to-private");
        // Nothing here is slow on purpose: a busy test machine must not turn a healthy poll into a timeout.
        host.With("BiasCompanion:Fetch:TimeoutSeconds", "20");
        using var client = host.CreateClient();

        var feeds = await Eventually(() => client.GetFromJsonAsync<List<FeedState>>("/api/feeds")!,
            f => f!.Single(x => x.Url.EndsWith("/feeds/error")).Parked && f!.Single(x => x.Url.EndsWith("good.xml")).ItemsStored >= 2);
        _goodFeedVersion = 1; // moved and duplicated items next time
        var polled = _web.CountRequests("/feeds/good.xml");
        await Eventually(() => Task.FromResult(_web.CountRequests("/feeds/good.xml")), n => n >= polled + 2);
        feeds = (await client.GetFromJsonAsync<List<FeedState>>("/api/feeds"))!;

        FeedState Feed(string suffix) => feeds!.Single(f => f.Url.EndsWith(suffix));
        Assert.Null(Feed("good.xml").LastError);
        Assert.Equal(2, Feed("good.xml").ItemsStored);
        Assert.Equal(2, (await client.GetFromJsonAsync<HealthApi.Health>("/api/health"))!.Articles);
        Assert.True(Feed("/feeds/error").Parked);
        Assert.Equal("HTTP 500", Feed("/feeds/error").LastError);
        Assert.Contains("unreadable", Feed("broken.xml").LastError);
        Assert.True(Feed("/feeds/busy").NextPoll - Feed("/feeds/busy").LastPoll!.Value >= TimeSpan.FromMinutes(59));
        Assert.Equal(1, _web.CountRequests("/feeds/busy"));
        Assert.Contains("refused", Feed("to-private").LastError);
        var stories = (await client.GetFromJsonAsync<List<CoverageApi.StorySummary>>("/api/stories?limit=10"))!;
        Assert.Equal(2, stories.Count); // the Lavrov article and the council budget are two stories
        output.WriteLine(System.Text.Json.JsonSerializer.Serialize(feeds, new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    [Fact]
    public async Task Requests_to_one_host_keep_the_minimum_interval_and_one_at_a_time()
    {
        using var host = Host("/feeds/good.xml", "/feeds/late.xml", "/feeds/error", "/feeds/broken.xml");
        host.With("BiasCompanion:Fetch:MinHostIntervalMilliseconds", "400");
        using var client = host.CreateClient();

        await Eventually(() => Task.FromResult(_web.Requests.Count), n => n >= 8);
        List<DateTimeOffset> times;
        lock (_web.Requests) times = _web.Requests.Select(r => r.At).Order().ToList();

        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
        Assert.True(gaps.Count >= 7);
        Assert.All(gaps, gap => Assert.True(gap >= TimeSpan.FromMilliseconds(380), $"gap {gap.TotalMilliseconds} ms"));
    }

    [Fact]
    public async Task A_feed_item_pointing_at_a_private_address_is_never_fetched()
    {
        using var host = Host("/feeds/ssrf-item.xml");
        using var client = host.CreateClient();

        var feeds = await Eventually(() => client.GetFromJsonAsync<List<FeedState>>("/api/feeds")!, f => f!.Single().LastSuccess is not null);
        Assert.NotNull(feeds!.Single().LastSuccess); // the feed itself is fine; its item page was refused, not fetched
        var stories = await client.GetFromJsonAsync<List<CoverageApi.StorySummary>>("/api/stories?limit=10");
        Assert.All(stories!, s => Assert.DoesNotContain("root:", s.Headline));
    }

    [Fact]
    public async Task A_watcher_gets_coverage_updated_when_a_feed_item_joins_its_story()
    {
        using var host = Host("/feeds/late.xml");
        host.With("BiasCompanion:Ingestion:Enabled", "false"); // analyze first, then let the feed in
        await using var watcher = new HubConnectionBuilder()
            .WithUrl(new Uri(host.Address, CoverageHub.Path), HttpTransportType.WebSockets, o =>
            {
                o.SkipNegotiation = true;
                o.Headers["Origin"] = $"chrome-extension://{BiasCompanionFactory.OwnExtensionId}";
            }).Build();
        var joined = new TaskCompletionSource<CoverageReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.On<CoverageReport>("CoverageUpdated", r => { if (r.ArticleCount >= 2) joined.TrySetResult(r); });
        await watcher.StartAsync();
        var report = await watcher.InvokeAsync<CoverageReport>("Analyze",
            new PageCapture("https://www.reuters.com/world/lavrov-kim", null, FixturePages.Lavrov(0, Saturday), null, null));

        var poller = host.Services.GetRequiredService<FeedPoller>();
        var states = host.Services.GetRequiredService<FeedStateStore>();
        states.EnsureKnown([(_web.Url("/feeds/late.xml").AbsoluteUri, null)], DateTimeOffset.UtcNow);
        await poller.PollAsync(states.Get(_web.Url("/feeds/late.xml").AbsoluteUri)!, CancellationToken.None);

        var pushed = await joined.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(report.StoryId, pushed.StoryId);
        Assert.Contains(pushed.Articles, a => a.Url.Contains("/a/lavrov-2"));
    }

    [Theory]
    [InlineData("https://www.reuters.com/world/lavrov-kim")]
    [InlineData("https://unrated-news.example/world/lavrov-kim")] // a story with an unrated outlet is searched too
    public async Task See_other_sides_searches_the_providers_and_streams_progress(string pageUrl)
    {
        using var host = Host();
        host.With("BiasCompanion:Ingestion:Enabled", "false")
            .With("BiasCompanion:Discovery:AutoTriggerBelowOutlets", "0")
            .With("BiasCompanion:Discovery:Providers:0:Name", "fixture")
            .With("BiasCompanion:Discovery:Providers:0:Enabled", "true")
            .With("BiasCompanion:Discovery:Providers:0:UrlTemplate", _web.Url("/search").AbsoluteUri + "?q={query}");
        await using var client = new HubConnectionBuilder()
            .WithUrl(new Uri(host.Address, CoverageHub.Path), HttpTransportType.WebSockets, o =>
            {
                o.SkipNegotiation = true;
                o.Headers["Origin"] = $"chrome-extension://{BiasCompanionFactory.OwnExtensionId}";
            }).Build();
        var progress = new List<(int Found, bool Done)>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.On<long, int, bool>("DiscoveryProgress", (_, found, finished) =>
        {
            lock (progress) progress.Add((found, finished));
            if (finished) done.TrySetResult();
        });
        await client.StartAsync();
        var report = await client.InvokeAsync<CoverageReport>("Analyze",
            new PageCapture(pageUrl, null, FixturePages.Lavrov(0, Saturday), null, null));

        var started = await client.InvokeAsync<CoverageReport>("SeeOtherSides", report.StoryId!.Value);
        await done.Task.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal("running", started.Discovery.State);
        Assert.Contains(progress, p => p is { Found: 1, Done: false });
        Assert.Equal((1, true), progress.Last());
        Assert.Contains("Lavrov", _searchQuery);
        using var http = host.CreateClient();
        var after = await http.GetFromJsonAsync<CoverageReport>($"/api/stories/{report.StoryId}");
        Assert.Equal(2, after!.ArticleCount);
        Assert.Equal("done", after.Discovery.State);
    }
}
