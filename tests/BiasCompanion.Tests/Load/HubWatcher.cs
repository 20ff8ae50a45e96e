using System.Diagnostics;
using System.Text.Json;
using BiasCompanion.Host.Api;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace BiasCompanion.Tests.Load;

/// <summary>
/// One SignalR client of the coverage hub, as the extension is: it looks pages up, watches stories and records every
/// <c>CoverageUpdated</c> push (when it arrived, by this process's clock, and which articles the report held).
/// Every failed call is counted, with its error.
/// </summary>
public sealed class HubWatcher : IAsyncDisposable
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(60);
    private readonly HubConnection _hub;
    private readonly List<Push> _pushes = [];
    private readonly List<string> _errors = [];

    public sealed record Push(DateTimeOffset At, long StoryId, long[] ArticleIds);

    private HubWatcher(HubConnection hub) => _hub = hub;

    public int Index { get; private init; }

    /// <summary>True when the connection closed without being asked to (a dropped client).</summary>
    public bool Dropped { get; private set; }

    public static async Task<HubWatcher> ConnectAsync(Uri host, string token, int index)
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(host, CoverageHub.Path), HttpTransportType.WebSockets, o =>
            {
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        hub.ServerTimeout = TimeSpan.FromMinutes(2);
        var watcher = new HubWatcher(hub) { Index = index };
        hub.On<JsonElement>("CoverageUpdated", watcher.OnCoverageUpdated);
        hub.Closed += error =>
        {
            if (error is not null) { watcher.Dropped = true; watcher.Fail("connection closed: " + error.Message); }
            return Task.CompletedTask;
        };
        await hub.StartAsync();
        return watcher;
    }

    private void OnCoverageUpdated(JsonElement report)
    {
        var at = DateTimeOffset.UtcNow;
        var ids = new List<long>();
        if (report.TryGetProperty("articles", out var articles) && articles.ValueKind == JsonValueKind.Array)
        {
            foreach (var article in articles.EnumerateArray())
            {
                ids.Add(article.GetProperty("id").GetInt64());
                if (article.TryGetProperty("reposts", out var reposts) && reposts.ValueKind == JsonValueKind.Array)
                    ids.AddRange(reposts.EnumerateArray().Select(r => r.GetProperty("id").GetInt64()));
            }
        }
        var story = report.TryGetProperty("storyId", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt64() : -1;
        lock (_pushes) _pushes.Add(new Push(at, story, ids.ToArray()));
    }

    public IReadOnlyList<Push> Pushes()
    {
        lock (_pushes) return _pushes.ToList();
    }

    public IReadOnlyList<string> Errors()
    {
        lock (_errors) return _errors.ToList();
    }

    public int Failures
    {
        get { lock (_errors) return _errors.Count; }
    }

    private void Fail(string error)
    {
        lock (_errors) _errors.Add(error);
    }

    /// <summary>Analyze over the hub: (milliseconds, the report's story id) or null when the call failed.</summary>
    public async Task<(double Ms, long? StoryId)?> AnalyzeAsync(NewsItem item, string url)
    {
        var capture = new PageCapture(url, null, NewsItems.Page(item), item.Title, DateTimeOffset.UtcNow);
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var timeout = new CancellationTokenSource(CallTimeout);
            var report = await _hub.InvokeAsync<JsonElement>("Analyze", capture, timeout.Token);
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            long? story = report.TryGetProperty("storyId", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt64() : null;
            return (ms, story);
        }
        catch (Exception error)
        {
            Fail($"Analyze: {error.GetType().Name}: {error.Message}");
            return null;
        }
    }

    /// <summary>Watch over the hub: milliseconds, or null when the call failed.</summary>
    public async Task<double?> WatchAsync(long storyId)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var timeout = new CancellationTokenSource(CallTimeout);
            await _hub.InvokeAsync("Watch", storyId, timeout.Token);
            return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        catch (Exception error)
        {
            Fail($"Watch({storyId}): {error.GetType().Name}: {error.Message}");
            return null;
        }
    }

    public async ValueTask DisposeAsync() => await _hub.DisposeAsync();
}
