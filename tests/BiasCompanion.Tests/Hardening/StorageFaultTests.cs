using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BiasCompanion.Host.Api;
using BiasCompanion.Host.Coverage;
using BiasCompanion.Tests.Infrastructure;
using static BiasCompanion.Tests.Infrastructure.StoreFile;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace BiasCompanion.Tests.Hardening;

/// <summary>
/// The host as a separate process while its store cannot take writes — the disk is full, the data folder is read-only,
/// another program holds the database lock: writes get a 503 naming the reason (a hub error with the same words, the
/// connection staying open), reads keep working, /api/health says "degraded", nothing acknowledged is lost, the file
/// stays sound, and the host takes writes again by itself once the condition ends.
/// </summary>
public sealed class StorageFaultTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Published = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private readonly List<string> _acknowledged = [];
    private int _next;

    [SkippableFact]
    public async Task A_full_disk_refuses_writes_with_storage_full_keeps_reads_and_recovers_when_space_is_freed()
    {
        using var mount = Mount(megabytes: 24);
        await using var host = await StartAsync(mount.Path);
        var (storyId, storedUrl) = await StoreFirstAsync(host);

        var filler = mount.Fill();
        // SQLite reuses the room its WAL file already has: keep storing big articles until the disk refuses one.
        HttpResponseMessage? refused = null;
        using var client = host.Client();
        for (var attempt = 0; attempt < 60 && refused is null; attempt++)
        {
            var (url, response) = await AnalyzeNewAsync(client, paragraphs: 400);
            if (response.StatusCode == HttpStatusCode.OK) _acknowledged.Add(url);
            else refused = response;
        }
        Assert.NotNull(refused);
        await AssertRefusedAsync(refused!, "Storage full");
        output.WriteLine($"disk full: refused after {_acknowledged.Count - 1} more articles were stored; {Answer(refused!)}");

        await AssertDegradedButReadableAsync(host, storyId, storedUrl, "Storage full");

        File.Delete(filler);
        await AssertRecoversAsync(host);
        host.Kill();
        Verify(mount.Path);
    }

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_read_only_data_folder_starts_a_host_that_reads_refuses_writes_and_recovers_when_writable(bool crashLeftAWal)
    {
        using var mount = Mount(megabytes: 64);
        await using (var first = await StartAsync(mount.Path))
        {
            await StoreFirstAsync(first);
            first.Kill();
        }
        if (!crashLeftAWal) Checkpoint(mount.Path);
        Assert.Equal(crashLeftAWal, File.Exists(Path.Combine(mount.Path, "biascompanion.db-wal")));
        // Linux refuses a read-only remount while a process holds a file there open for writing, so the folder turns
        // read-only between two runs (as after the system remounts a failing disk) and the host starts on it.
        mount.RemountReadOnly();

        await using var host = await StartAsync(mount.Path);
        var (storyId, storedUrl) = (_storyOfFirst, _acknowledged[0]);
        using (var client = host.Client())
        {
            var (_, refused) = await AnalyzeNewAsync(client);
            await AssertRefusedAsync(refused, "Data folder is read-only");
            output.WriteLine($"read-only ({(crashLeftAWal ? "WAL left by a crash" : "clean file")}): {Answer(refused)}");
        }
        await AssertDegradedButReadableAsync(host, storyId, storedUrl, "Data folder is read-only");

        mount.RemountReadWrite();
        await AssertRecoversAsync(host);
        host.Kill();
        Verify(mount.Path);
    }

    [SkippableFact]
    public async Task A_database_locked_by_another_process_refuses_writes_keeps_reads_and_recovers_when_the_lock_goes()
    {
        using var data = new TempDataDir();
        await using var host = await StartAsync(data.Path);
        var (storyId, storedUrl) = await StoreFirstAsync(host);

        using (var locker = StoreFile.Open(data.Path))
        {
            Execute(locker, "BEGIN EXCLUSIVE; INSERT INTO schema_migrations(id, applied_at) VALUES ('lock-holder', 'now');");
            using (var client = host.Client())
            {
                var clock = Stopwatch.StartNew();
                var (_, refused) = await AnalyzeNewAsync(client);
                await AssertRefusedAsync(refused, "Database is locked by another process");
                output.WriteLine($"locked: refused after {clock.Elapsed.TotalSeconds:F1} s (busy timeout 2 s); {Answer(refused)}");
            }
            await AssertDegradedButReadableAsync(host, storyId, storedUrl, "Database is locked by another process");
            Execute(locker, "ROLLBACK;");
        }
        await AssertRecoversAsync(host);
        host.Kill();
        Verify(data.Path);
    }

    private long _storyOfFirst;

    private static TmpfsMount Mount(int megabytes)
    {
        var mount = TmpfsMount.TryCreate(megabytes, out var whyNot);
        Skip.If(mount is null, whyNot);
        return mount!;
    }

    private async Task<HostProcess> StartAsync(string dataDir)
    {
        var dll = HostProcess.FindBuiltHostDll();
        Skip.If(dll is null, "the host is not built (host/bin/<configuration>/net10.0/BiasCompanion.Host.dll)");
        var host = HostProcess.Start(dll!, dataDir, new Dictionary<string, string>
        {
            ["BiasCompanion__Storage__BusyTimeoutSeconds"] = "2",
            ["BiasCompanion__RateLimit__PerMinute"] = "100000",
            ["BiasCompanion__RateLimit__Burst"] = "100000",
        });
        try
        {
            await host.WaitReadyAsync(TimeSpan.FromMinutes(2));
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    private async Task<(long StoryId, string Url)> StoreFirstAsync(HostProcess host)
    {
        using var client = host.Client();
        var (url, response) = await AnalyzeNewAsync(client);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<CoverageReport>(Web))!;
        _acknowledged.Add(url);
        _storyOfFirst = report.StoryId!.Value;
        return (report.StoryId.Value, url);
    }

    private async Task<(string Url, HttpResponseMessage Response)> AnalyzeNewAsync(HttpClient client, int paragraphs = 6)
    {
        var (url, capture) = NewCapture(paragraphs);
        return (url, await client.PostAsJsonAsync("api/analyze", capture));
    }

    private (string Url, PageCapture Capture) NewCapture(int paragraphs = 6)
    {
        var n = Interlocked.Increment(ref _next);
        var url = UrlOf(n);
        return (url, CaptureOf(n, paragraphs));
    }

    private static string UrlOf(int n) => $"https://www.reuters.com/world/storage-fault-{n}/";

    /// <summary>Article n: its own headline and words, so that each is a new article (the same n gives the same page).</summary>
    private static PageCapture CaptureOf(int n, int paragraphs = 6)
    {
        var words = $"harbour{n} bridge{n} council{n} repairs{n}";
        var html = FixturePages.Article($"Harbour bridge repairs {n} begin after council vote",
            Enumerable.Range(0, paragraphs).Select(p => $"Paragraph {p} of report {n}: the council voted on the {words} plan, officials said on the day, " +
                                                         "and engineers described the work that lies ahead for the coming months in detail."),
            Published.AddMinutes(n));
        return new PageCapture(UrlOf(n), null, html, null, DateTimeOffset.UtcNow);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string title)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"expected 503, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Contains("can still be read", problem.GetProperty("detail").GetString());
        Assert.True(response.Headers.RetryAfter is not null, "no Retry-After");
        Assert.DoesNotContain("   at ", body);
    }

    private static string Answer(HttpResponseMessage response) =>
        $"{(int)response.StatusCode} \"{JsonDocument.Parse(response.Content.ReadAsStringAsync().Result).RootElement.GetProperty("title").GetString()}\"";

    /// <summary>Health says why; a stored story, a lookup of a stored page and the hub keep working; a new page is refused there too.</summary>
    private async Task AssertDegradedButReadableAsync(HostProcess host, long storyId, string storedUrl, string title)
    {
        Assert.False(host.HasExited);
        using var client = host.Client();
        var health = (await client.GetFromJsonAsync<HealthApi.Health>("api/health", Web))!;
        Assert.Equal("degraded", health.Status);
        Assert.Equal(title, health.Storage);
        Assert.True(health.Articles >= 1);

        using (var story = await client.GetAsync($"api/stories/{storyId}"))
            Assert.Equal(HttpStatusCode.OK, story.StatusCode);
        using (var stored = await client.PostAsJsonAsync("api/analyze", CaptureOf(StoredNumber(storedUrl))))
        {
            Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
            Assert.Equal(storyId, (await stored.Content.ReadFromJsonAsync<CoverageReport>(Web))!.StoryId);
        }
        using (var list = await client.GetAsync("api/stories?limit=5"))
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);

        await using var hub = HubOf(host);
        await hub.StartAsync();
        var error = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<CoverageReport>("Analyze", NewCapture().Capture));
        Assert.Contains(title, error.Message);
        Assert.Equal(HubConnectionState.Connected, hub.State);
        var report = await hub.InvokeAsync<CoverageReport>("Analyze", CaptureOf(StoredNumber(storedUrl)));
        Assert.Equal(storyId, report.StoryId);
        var again = await hub.InvokeAsync<CoverageReport>("Analyze", CaptureOf(StoredNumber(storedUrl)));
        Assert.Equal(storyId, again.StoryId);
        Assert.Equal(HubConnectionState.Connected, hub.State);

        // Re-checked after a probe interval, the condition is still seen.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.Equal(title, (await client.GetFromJsonAsync<HealthApi.Health>("api/health", Web))!.Storage);
    }

    private static int StoredNumber(string url) => int.Parse(url.TrimEnd('/').Split('-')[^1]);

    /// <summary>Health turns "ok" by itself, and new articles are stored again, over REST and the hub.</summary>
    private async Task AssertRecoversAsync(HostProcess host)
    {
        using var client = host.Client();
        var clock = Stopwatch.StartNew();
        HealthApi.Health? health = null;
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            health = await client.GetFromJsonAsync<HealthApi.Health>("api/health", Web);
            if (health!.Status == "ok") break;
            await Task.Delay(250);
        }
        Assert.Equal("ok", health!.Status);
        Assert.Null(health.Storage);
        output.WriteLine($"recovered: health ok {clock.Elapsed.TotalSeconds:F1} s after the condition ended");

        var (url, response) = await AnalyzeNewAsync(client);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        _acknowledged.Add(url);
        await using var hub = HubOf(host);
        await hub.StartAsync();
        var (hubUrl, capture) = NewCapture();
        var report = await hub.InvokeAsync<CoverageReport>("Analyze", capture);
        Assert.NotNull(report.StoryId);
        _acknowledged.Add(hubUrl);
    }

    /// <summary>Sound file; every acknowledged article stored once and placed in a story.</summary>
    private void Verify(string dataDir)
    {
        using var connection = StoreFile.Open(dataDir);
        StoreFile.AssertSound(connection);
        foreach (var url in _acknowledged)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(m.story_id) FROM articles a LEFT JOIN story_members m ON m.article_id = a.id WHERE a.url = $url";
            command.Parameters.AddWithValue("$url", url);
            Assert.True((long)command.ExecuteScalar()! == 1, $"acknowledged article {url} is missing or in no story");
        }
    }

    private static HubConnection HubOf(HostProcess host) => new HubConnectionBuilder()
        .WithUrl(new Uri(host.Address, CoverageHub.Path), HttpTransportType.WebSockets, options =>
        {
            options.SkipNegotiation = true;
            options.AccessTokenProvider = () => Task.FromResult(host.Token());
        })
        .Build();

    /// <summary>Closing the last connection checkpoints the WAL into the file and deletes it, as a clean shutdown does.</summary>
    private static void Checkpoint(string dataDir)
    {
        using var connection = StoreFile.Open(dataDir);
        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
    }
}
