using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using BiasCompanion.Host.Api;
using BiasCompanion.Tests.Infrastructure;

namespace BiasCompanion.Bench;

/// <summary>
/// <c>memory</c>: host RSS after start-up (empty store) and with the 100k-article store after serving lookups, and
/// the time from starting the process to the first served lookup with that store.
/// </summary>
public static class MemoryBench
{
    private const int Lookups = 200;
    private const double TargetMb = 300;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var load = BenchDoc.LoadAverage();
        var size = options.Sizes[^1];
        var pages = WcxbPages.Load(options.DataRoot, options.MaxPages ?? Lookups);
        var corpus = new BenchCorpus(options);
        if (options.Fresh || corpus.Imported < size)
        {
            Console.Error.WriteLine($"bench memory: building a store of {size} articles (reused by later runs; --fresh rebuilds it)");
            if (corpus.Imported > size) corpus.Reset();
            await corpus.GrowToAsync(size);
        }

        Console.Error.WriteLine("bench memory: start-up with an empty store");
        var empty = Path.Combine(options.WorkDir, "empty-" + Guid.NewGuid().ToString("N"));
        double emptyRss, emptyStart, emptyWarm;
        try
        {
            var clock = Stopwatch.StartNew();
            await using var host = HostProcess.Start(options.HostDll, empty, LookupBench.HostEnvironment);
            await host.WaitReadyAsync(TimeSpan.FromMinutes(2));
            emptyStart = clock.Elapsed.TotalMilliseconds;
            await WaitWarmedUpAsync(host);
            emptyWarm = clock.Elapsed.TotalMilliseconds;
            await Task.Delay(2000);
            emptyRss = host.Memory().RssMb;
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }

        Console.Error.WriteLine($"bench memory: start-up with the {size}-article store, then {pages.Count} lookups");
        var start = Stopwatch.StartNew();
        await using var big = HostProcess.Start(options.HostDll, corpus.StoreDir, LookupBench.HostEnvironment);
        var firstLookup = await FirstLookupAsync(big, pages[0]);
        var toFirst = start.Elapsed.TotalMilliseconds;
        var afterStart = big.Memory().RssMb;
        var storedAtStart = await ArticleCountAsync(big);
        await using (var client = await LookupClient.ConnectAsync(big))
        {
            for (var i = 0; i < pages.Count; i++)
            {
                await client.RestAsync(pages[i]);
                await client.HubAsync(pages[i]);
                if ((i + 1) % 50 == 0) Console.Error.WriteLine($"  {i + 1}/{pages.Count} pages");
            }
        }
        var (afterLookups, peak) = big.Memory();
        var count = await ArticleCountAsync(big);

        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("## Memory and start-up (`scripts/bench memory`)");
        sb.AppendLine();
        sb.Append(BenchDoc.Machine(options.Root, load));
        sb.AppendLine("- RSS is the host process's VmRSS from /proc; peak is VmHWM. The host runs as in `bench lookup` (Release, loopback, polling and discovery off).");
        sb.AppendLine();
        sb.AppendLine("| Measure | Figure | Target |");
        sb.AppendLine("|---|---:|---|");
        sb.AppendLine(inv, $"| RSS after start-up, empty store (2 s after the warm-up ended) | {emptyRss:F0} MB | ≤ {TargetMb:F0} MB — {BenchDoc.Verdict(emptyRss <= TargetMb)} |");
        sb.AppendLine(inv, $"| Start-up to /api/health, empty store | {emptyStart:F0} ms | — |");
        sb.AppendLine(inv, $"| Start-up to the end of the extraction warm-up (`/api/health` `warmedUp`), empty store | {emptyWarm:F0} ms | — |");
        sb.AppendLine(inv, $"| Start-up to the first served lookup (process start → `POST /api/analyze` 200), store of {size:N0} corpus rows = {storedAtStart:N0} articles | {toFirst:F0} ms (that lookup {firstLookup:F0} ms) | — |");
        sb.AppendLine(inv, $"| RSS right after that first lookup | {afterStart:F0} MB | ≤ {TargetMb:F0} MB — {BenchDoc.Verdict(afterStart <= TargetMb)} |");
        sb.AppendLine(inv, $"| RSS after {2 * pages.Count} more lookups (REST + hub), store now {count:N0} articles | {afterLookups:F0} MB (peak {peak:F0} MB) | ≤ {TargetMb:F0} MB — {BenchDoc.Verdict(afterLookups <= TargetMb && peak <= TargetMb)} |");
        BenchDoc.WriteSection(options.Doc, "memory", sb.ToString());
        Console.WriteLine(sb.ToString());
        return 0;
    }

    /// <summary>Polls until a lookup is served; returns that lookup's own time in ms.</summary>
    private static async Task<double> FirstLookupAsync(HostProcess host, WcxbPages.Page page)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (host.HasExited) throw new InvalidOperationException($"the host exited:\n{host.Log()}");
            if (host.Token() is not null)
            {
                try
                {
                    using var http = host.Client(TimeSpan.FromMinutes(1));
                    var start = Stopwatch.GetTimestamp();
                    using var response = await http.PostAsJsonAsync("api/analyze", LookupClient.Capture(page));
                    if (response.IsSuccessStatusCode) return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                }
                catch (HttpRequestException) { }
            }
            await Task.Delay(10);
        }
        throw new TimeoutException($"no lookup served within 3 minutes:\n{host.Log()}");
    }

    /// <summary>Waits until /api/health says the start-up extraction warm-up has finished; returns how long that took.</summary>
    public static async Task<double> WaitWarmedUpAsync(HostProcess host)
    {
        using var http = host.Client();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            var health = await http.GetFromJsonAsync<HealthApi.Health>("api/health");
            if (health?.WarmedUp == true) return clock.Elapsed.TotalMilliseconds;
            await Task.Delay(20);
        }
        throw new TimeoutException($"the host did not finish its warm-up within 2 minutes:\n{host.Log()}");
    }

    public static async Task<long> ArticleCountAsync(HostProcess host)
    {
        using var http = host.Client();
        var health = await http.GetFromJsonAsync<System.Text.Json.JsonElement>("api/health");
        foreach (var property in health.EnumerateObject())
            if (property.Name.Contains("article", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == System.Text.Json.JsonValueKind.Number)
                return property.Value.GetInt64();
        return -1;
    }
}
