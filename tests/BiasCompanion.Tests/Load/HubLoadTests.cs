using BiasCompanion.Tests.Infrastructure;
using Xunit.Abstractions;

namespace BiasCompanion.Tests.Load;

/// <summary>
/// The host process under many concurrent hub clients (lookups and watches) plus a feed burst: no call fails, no
/// connection drops, every watcher gets a push for every burst article that joined a story it watches, and the
/// host's memory does not keep growing. Synthetic stories (no dataset needed); the default rate limits.
/// </summary>
public sealed class HubLoadTests(ITestOutputHelper output)
{
    /// <summary>200 clients for 60 s, behind <c>scripts/test --long</c> (about 1.5 minutes).</summary>
    [SkippableFact]
    [Trait("Category", "Long")]
    public Task Two_hundred_clients_for_a_minute_with_a_feed_burst_lose_no_call_and_no_push() =>
        RunAsync(clients: 200, seconds: 60, watched: 40, burstNew: 40, pool: 160);

    /// <summary>A short version in the default suite (about 25 s).</summary>
    [SkippableFact]
    public Task Forty_clients_with_a_feed_burst_lose_no_call_and_no_push() =>
        RunAsync(clients: 40, seconds: 12, watched: 12, burstNew: 8, pool: 40);

    private async Task RunAsync(int clients, int seconds, int watched, int burstNew, int pool)
    {
        var dll = HostProcess.FindBuiltHostDll();
        Skip.If(dll is null, "the host is not built (host/bin/<configuration>/net10.0/BiasCompanion.Host.dll)");
        using var data = new TempDataDir();
        var stories = NewsItems.Synthetic(watched + burstNew + pool, perStory: 4, runTag: "load");
        var scenario = new LoadScenario(new LoadScenario.Settings
        {
            HostDll = dll!,
            DataDir = data.Path,
            Stories = stories,
            Clients = clients,
            Duration = TimeSpan.FromSeconds(seconds),
            LookupInterval = TimeSpan.FromMilliseconds(3000),
            WatchedStories = watched,
            BurstNewStories = burstNew,
            Progress = output.WriteLine,
        });

        var result = await scenario.RunAsync();

        output.WriteLine(LoadReport.Summary(result));
        Assert.True(result.Failures == 0, $"{result.Failures} failed calls: {string.Join("; ", result.FailureSamples)}");
        Assert.Equal(0, result.DroppedConnections);
        Assert.True(result.WronglyNotArticle == 0, $"{result.WronglyNotArticle} article pages were answered \"not an article\" under load");
        Assert.True(result.AnalyzeMs.Count >= clients, $"only {result.AnalyzeMs.Count} lookups were made");
        Assert.True(result.ExpectedPushes >= clients, $"only {result.ExpectedPushes} pushes were due: the burst did not reach the watched stories");
        Assert.True(result.MissingPushes == 0, $"{result.MissingPushes}/{result.ExpectedPushes} pushes never arrived: {string.Join("; ", result.MissingSamples)}");
        Assert.True(result.StaleFinalReports == 0, $"{result.StaleFinalReports} watchers ended on an older report of a story than one they had been sent");
        var growth = LoadReport.SteadyGrowthMb(result.Rss);
        Assert.True(growth <= LoadReport.MaxSteadyGrowthMb, $"host RSS grew {growth:F0} MB over the second half of the run (at most {LoadReport.MaxSteadyGrowthMb} MB)");
    }
}
