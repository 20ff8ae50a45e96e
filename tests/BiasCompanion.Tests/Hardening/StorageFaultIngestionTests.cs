using System.Net.Http.Json;
using System.Text.Json;
using BiasCompanion.Host.Api;
using BiasCompanion.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Xunit.Abstractions;

namespace BiasCompanion.Tests.Hardening;

/// <summary>
/// Feed polling while another process holds the database lock: the poller pauses instead of re-fetching and
/// re-failing in a loop (a feed's failures are not its own fault, so they neither back the feed off nor park it), and
/// it resumes by itself once the lock goes.
/// </summary>
public sealed class StorageFaultIngestionTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private FixtureWeb _web = null!;
    private int _served;

    public async Task InitializeAsync() => _web = await FixtureWeb.StartAsync(app =>
        // Every request brings one more item, so that every poll has something to store.
        app.MapGet("/feeds/news.xml", () =>
        {
            var newest = Interlocked.Increment(ref _served);
            var items = Enumerable.Range(Math.Max(1, newest - 4), Math.Min(newest, 5)).Select(Item);
            return Results.Text($"<rss version=\"2.0\"><channel><title>Fixture</title>{string.Concat(items)}</channel></rss>", "application/rss+xml");
        }));

    public async Task DisposeAsync() => await _web.DisposeAsync();

    private static string Item(int n)
    {
        var text = string.Join(' ', Enumerable.Repeat($"Report {n} on the harbour{n} works: the council met and engineers spoke about the bridge{n} repairs.", 14));
        return $"<item><title>Harbour works update {n}</title><link>https://www.reuters.com/world/feed-item-{n}/</link>" +
               $"<guid isPermaLink=\"false\">item-{n}</guid><description>{text}</description></item>";
    }

    [Fact]
    public async Task Feed_polling_pauses_while_the_database_is_locked_elsewhere_and_resumes_after()
    {
        using var host = new KestrelHostFactory();
        host.With("BiasCompanion:Ingestion:Enabled", "true")
            .With("BiasCompanion:Ingestion:UseRegistryFeeds", "false")
            .With("BiasCompanion:Ingestion:Feeds:0", _web.Url("/feeds/news.xml").AbsoluteUri)
            .With("BiasCompanion:Ingestion:TickMilliseconds", "100")
            .With("BiasCompanion:Ingestion:PollIntervalSeconds", "1")
            .With("BiasCompanion:Ingestion:BackoffBaseSeconds", "0")
            .With("BiasCompanion:Fetch:MinHostIntervalMilliseconds", "10")
            .With("BiasCompanion:Fetch:AllowLoopback", "true")
            .With("BiasCompanion:Storage:BusyTimeoutSeconds", "1");
        using var client = host.CreateClient();
        await Until(async () => (await Health(client)).Articles >= 1, "the first feed items to be stored");

        using (var locker = StoreFile.Open(host.Data.Path))
        {
            using (var begin = locker.CreateCommand())
            {
                begin.CommandText = "BEGIN EXCLUSIVE; INSERT INTO schema_migrations(id, applied_at) VALUES ('lock-holder', 'now');";
                begin.ExecuteNonQuery();
            }
            var degraded = await Until(async () => await Health(client) is { Status: "degraded" } h ? h : null, "health to say degraded");
            Assert.Equal("Database is locked by another process", degraded.Storage);

            // The failed poll has ended; paused, the poller fetches nothing more while the lock is held.
            var before = _web.CountRequests("/feeds/news.xml");
            await Task.Delay(TimeSpan.FromSeconds(8));
            var during = _web.CountRequests("/feeds/news.xml") - before;
            output.WriteLine($"feed fetches in 8 s while locked: {during}");
            Assert.True(during == 0, $"the poller fetched the feed {during} times in 8 s while the store took no writes");

            using var rollback = locker.CreateCommand();
            rollback.CommandText = "ROLLBACK;";
            rollback.ExecuteNonQuery();
        }

        var stored = (await Health(client)).Articles;
        await Until(async () => await Health(client) is { Status: "ok" } h && h.Articles > stored, "new feed items to be stored after the lock went");
        var feeds = (await client.GetFromJsonAsync<JsonElement>("/api/feeds", Web));
        var feed = feeds.EnumerateArray().Single();
        Assert.False(feed.GetProperty("parked").GetBoolean());
    }

    private static async Task<HealthApi.Health> Health(HttpClient client) =>
        (await client.GetFromJsonAsync<HealthApi.Health>("/api/health", Web))!;

    private static async Task<T> Until<T>(Func<Task<T?>> probe, string what) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } value) return value;
            await Task.Delay(100);
        }
        throw new TimeoutException($"timed out waiting for {what}");
    }

    private static Task Until(Func<Task<bool>> probe, string what) => Until<string>(async () => await probe() ? "done" : null, what);
}
