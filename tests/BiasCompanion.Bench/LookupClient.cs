using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using BiasCompanion.Host.Api;
using BiasCompanion.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace BiasCompanion.Bench;

/// <summary>
/// One lookup of a page over REST or the hub, timed from the client. Every lookup gets a fresh address (same path on
/// a per-lookup host under .invalid) so it is a new article that goes through the whole path: extract, store, match,
/// report, never a cached row.
/// </summary>
public sealed class LookupClient : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly HubConnection _hub;
    private static int _counter;

    private LookupClient(HttpClient http, HubConnection hub)
    {
        _http = http;
        _hub = hub;
    }

    public static async Task<LookupClient> ConnectAsync(HostProcess host)
    {
        var token = host.Token();
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(host.Address, CoverageHub.Path), HttpTransportType.WebSockets, o =>
            {
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult(token);
            })
            .Build();
        hub.ServerTimeout = TimeSpan.FromMinutes(2);
        await hub.StartAsync();
        return new LookupClient(host.Client(TimeSpan.FromMinutes(1)), hub);
    }

    public static PageCapture Capture(WcxbPages.Page page)
    {
        var n = Interlocked.Increment(ref _counter);
        var original = new Uri(page.Url);
        return new PageCapture($"https://l{n}-{original.Host.Replace('.', '-')}.bench.invalid{original.PathAndQuery}", null, page.Html, null, DateTimeOffset.UtcNow);
    }

    /// <summary>Milliseconds, and whether the host treated the page as an article.</summary>
    public async Task<(double Ms, bool IsArticle)> RestAsync(WcxbPages.Page page)
    {
        var capture = Capture(page);
        var start = Stopwatch.GetTimestamp();
        using var response = await _http.PostAsJsonAsync("api/analyze", capture);
        var body = await response.Content.ReadAsStringAsync();
        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"REST analyze answered {(int)response.StatusCode}: {body[..Math.Min(300, body.Length)]}");
        return (ms, IsArticle(JsonDocument.Parse(body).RootElement));
    }

    public async Task<(double Ms, bool IsArticle)> HubAsync(WcxbPages.Page page)
    {
        var capture = Capture(page);
        var start = Stopwatch.GetTimestamp();
        var report = await _hub.InvokeAsync<JsonElement>("Analyze", capture);
        return (Stopwatch.GetElapsedTime(start).TotalMilliseconds, IsArticle(report));
    }

    private static bool IsArticle(JsonElement report) =>
        report.TryGetProperty("isArticle", out var a) && a.ValueKind == JsonValueKind.True;

    public async ValueTask DisposeAsync()
    {
        await _hub.DisposeAsync();
        _http.Dispose();
    }
}
