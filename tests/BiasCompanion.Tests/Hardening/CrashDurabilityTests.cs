using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using BiasCompanion.Tests.Infrastructure;
using static BiasCompanion.Tests.Infrastructure.StoreFile;
using Xunit.Abstractions;

namespace BiasCompanion.Tests.Hardening;

/// <summary>
/// The host as a separate process, ingesting continuously over POST /api/import, killed with SIGKILL at random
/// moments (some during start-up), restarted: the database must stay sound and keep every acknowledged article.
/// </summary>
public sealed class CrashDurabilityTests(ITestOutputHelper output)
{
    private const int Workers = 3;
    private const int BatchSize = 4;
    private const int MinAcknowledgedPerLife = 15;

    /// <summary>The full loop, behind <c>scripts/test --long</c> (about 1.5 minutes on the shared 2-core machine).</summary>
    [SkippableFact]
    [Trait("Category", "Long")]
    public Task Twenty_four_sigkills_at_random_moments_lose_no_acknowledged_article_and_leave_a_sound_database() =>
        CrashLoopAsync(kills: 24, seed: 20261129);

    /// <summary>A short loop in the default suite.</summary>
    [SkippableFact]
    public Task A_few_sigkills_lose_no_acknowledged_article_and_leave_a_sound_database() =>
        CrashLoopAsync(kills: 5, seed: 7);

    private async Task CrashLoopAsync(int kills, int seed)
    {
        var dll = HostProcess.FindBuiltHostDll();
        Skip.If(dll is null, "the host is not built (host/bin/<configuration>/net10.0/BiasCompanion.Host.dll)");
        using var data = new TempDataDir();
        var random = new Random(seed);
        var acknowledged = new HashSet<string>(StringComparer.Ordinal);
        var next = 0;
        int duringStartup = 0, batches = 0, unacknowledged = 0;
        var clock = Stopwatch.StartNew();

        for (var kill = 0; kill < kills; kill++)
        {
            await using var host = HostProcess.Start(dll!, data.Path);
            if (kill % 5 == 4)
            {
                // A kill while the host opens the database and runs its migrations and start-up work.
                await Task.Delay(random.Next(0, 1500));
                host.Kill();
                duringStartup++;
            }
            else
            {
                await host.WaitReadyAsync(TimeSpan.FromMinutes(2));
                using var stop = new CancellationTokenSource();
                var workers = Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
                {
                    using var http = host.Client(TimeSpan.FromSeconds(30));
                    while (!stop.IsCancellationRequested)
                    {
                        var ids = Enumerable.Range(0, BatchSize).Select(_ => Interlocked.Increment(ref next)).ToList();
                        // Now and then an acknowledged article again: it must stay one row.
                        lock (acknowledged) if (acknowledged.Count > 0 && Random.Shared.Next(4) == 0) ids[0] = -ids[0];
                        var lines = ids.Select(id => Line(Math.Abs(id)));
                        try
                        {
                            using var content = new StringContent(string.Join('\n', lines), Encoding.UTF8, "application/x-ndjson");
                            using var response = await http.PostAsync("api/import?name=crash", content, stop.Token);
                            if (response.StatusCode != HttpStatusCode.OK) continue;
                            var summary = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                            Assert.Equal(0, summary.GetProperty("rejected").GetArrayLength());
                            lock (acknowledged)
                            {
                                foreach (var id in ids) acknowledged.Add(Url(Math.Abs(id)));
                                batches++;
                            }
                        }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                        {
                            // The kill cut this request off: its batch is not acknowledged, and the host is gone.
                            if (!stop.IsCancellationRequested) Interlocked.Increment(ref unacknowledged);
                            return;
                        }
                    }
                })).ToList();
                // Some ingest first whatever the machine's load (so that every life stores something), then a random moment.
                int Acknowledged() { lock (acknowledged) return acknowledged.Count; }
                var target = Acknowledged() + MinAcknowledgedPerLife;
                var waited = Stopwatch.StartNew();
                while (Acknowledged() < target && waited.Elapsed < TimeSpan.FromMinutes(1) && !host.HasExited) await Task.Delay(20);
                await Task.Delay(random.Next(0, 1500));
                host.Kill();
                await stop.CancelAsync();
                await Task.WhenAll(workers);
            }
            Verify(data.Path, acknowledged);
        }

        // The host still starts on what the kills left, and serves.
        await using (var last = HostProcess.Start(dll!, data.Path))
        {
            await last.WaitReadyAsync(TimeSpan.FromMinutes(2));
            using var http = last.Client();
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("api/health")).StatusCode);
        }
        Verify(data.Path, acknowledged);
        output.WriteLine($"crash loop: {kills} SIGKILLs ({duringStartup} during start-up) in {clock.Elapsed.TotalSeconds:F0} s; " +
                         $"{batches} acknowledged import batches, {acknowledged.Count} distinct acknowledged articles all present; " +
                         $"{unacknowledged} requests in flight cut off by the kills");
        Assert.True(acknowledged.Count > 10 * kills, $"too few acknowledged articles ({acknowledged.Count}) for the test to mean anything");
    }


    private static readonly string[] Topics =
    [
        "flood defences river city council emergency funding residents evacuated",
        "central bank interest rates inflation decision governor markets",
        "football final stadium penalty shootout champions coach",
        "election ballots turnout candidates debate polling stations",
        "wildfire hills firefighters wind homes destroyed evacuation",
    ];

    private static string Url(int id) => $"https://crash{id % 7}.example/news/{id}";

    /// <summary>Synthetic articles on a few topics, so that they gather into stories (and stories merge).</summary>
    private static string Line(int id)
    {
        var topic = Topics[id % Topics.Length];
        var text = $"{topic} report number {id}. " + string.Concat(Enumerable.Repeat($"{topic} officials said on the day. ", 6));
        return JsonSerializer.Serialize(new
        {
            id = $"a{id}",
            url = Url(id),
            title = $"{topic.Split(' ')[0]} {topic.Split(' ')[1]} update {id % 50}",
            text,
            date = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(id).ToString("O"),
            source = $"crash{id % 7}",
            lang = "en",
        });
    }

    private static void Verify(string dataDir, HashSet<string> acknowledged)
    {
        using var connection = StoreFile.Open(dataDir);
        StoreFile.AssertSound(connection);
        Assert.Equal(0L, Scalar<long>(connection, "SELECT count(*) FROM story_members m LEFT JOIN stories s ON s.id = m.story_id WHERE s.id IS NULL"));
        Assert.Equal(0L, Scalar<long>(connection, "SELECT count(*) FROM story_redirects r LEFT JOIN stories s ON s.id = r.story_id WHERE s.id IS NULL"));
        // A redirect chain ends at a live story within a few hops (no cycles).
        Assert.Equal(0L, Scalar<long>(connection, """
            WITH RECURSIVE hop(start, at, n) AS (
                SELECT old_story_id, story_id, 1 FROM story_redirects
                UNION ALL
                SELECT hop.start, r.story_id, hop.n + 1 FROM hop JOIN story_redirects r ON r.old_story_id = hop.at WHERE hop.n < 50)
            SELECT count(*) FROM hop WHERE n >= 50
            """));

        var stored = new HashSet<string>(StringComparer.Ordinal);
        var unplaced = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT a.canonical_url, m.story_id FROM articles a LEFT JOIN story_members m ON m.article_id = a.id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                stored.Add(reader.GetString(0));
                if (reader.IsDBNull(1)) unplaced.Add(reader.GetString(0));
            }
        }
        lock (acknowledged)
        {
            var missing = acknowledged.Where(u => !stored.Contains(u)).Take(5).ToList();
            Assert.True(missing.Count == 0, $"acknowledged but missing after the kill: {string.Join(", ", missing)}");
            var notInStory = unplaced.Where(acknowledged.Contains).Take(5).ToList();
            Assert.True(notInStory.Count == 0, $"acknowledged but in no story after the kill: {string.Join(", ", notInStory)}");
        }
    }
}
