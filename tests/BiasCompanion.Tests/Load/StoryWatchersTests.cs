using BiasCompanion.Host.Api;
using BiasCompanion.Host.Coverage;
using BiasCompanion.Host.Storage;
using BiasCompanion.Host.Stories;
using BiasCompanion.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BiasCompanion.Tests.Load;

/// <summary>
/// The profile of <c>scripts/bench ingest</c> showed about half of a feed item's CPU in building the story's report
/// (its key points) to push it, whether or not anyone watched. A change nobody watches now builds no report.
/// </summary>
public sealed class StoryWatchersTests
{
    private static readonly DateTimeOffset Saturday = new(2025, 7, 12, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Counts_each_connections_watch_once_and_forgets_a_closed_connection()
    {
        var watchers = new StoryWatchers();
        watchers.Add("a", 1);
        watchers.Add("a", 1);
        watchers.Add("b", 1);
        watchers.Add("b", 2);
        Assert.True(watchers.AnyWatching([1]));

        watchers.Remove("a", 1);
        Assert.True(watchers.AnyWatching([1])); // b still does
        watchers.Forget("b");
        Assert.False(watchers.AnyWatching([1, 2]));
        watchers.Remove("b", 2); // after Forget: nothing to undo
        watchers.Add("c", 2);
        Assert.True(watchers.AnyWatching([3, 2]));
    }

    private sealed class CountingStoryReader(IStoryReader inner) : IStoryReader
    {
        public int Gets;

        public StorySnapshot? Get(long storyId)
        {
            Interlocked.Increment(ref Gets);
            return inner.Get(storyId);
        }

        public long? StoryOfArticle(long articleId) => inner.StoryOfArticle(articleId);

        public IReadOnlyList<StorySnapshot> List(DateTimeOffset since, int limit) => inner.List(since, limit);
    }

    private sealed class CountingHost : KestrelHostFactory
    {
        public CountingStoryReader? Reader { get; private set; }

        public CountingHost() => With("BiasCompanion:Discovery:AutoTriggerBelowOutlets", "0");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IStoryReader>(provider =>
                Reader = new CountingStoryReader(new StoryReader(provider.GetRequiredService<SqliteDatabase>()))));
        }
    }

    [Fact]
    public async Task A_story_change_builds_a_report_only_while_a_connection_watches_the_story()
    {
        using var host = new CountingHost();
        var client = new HubConnectionBuilder()
            .WithUrl(new Uri(host.Address, CoverageHub.Path), HttpTransportType.WebSockets, o =>
            {
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult<string?>(host.PairingCode);
            })
            .Build();
        var pushes = 0;
        client.On<CoverageReport>(nameof(ICoverageClient.CoverageUpdated), _ => Interlocked.Increment(ref pushes));
        await client.StartAsync();
        var story = (await client.InvokeAsync<CoverageReport>("Analyze", new PageCapture(
            "https://www.reuters.com/world/asia-pacific/lavrov-kim-2025-07-12/", null, FixturePages.Lavrov(0, Saturday), null, Saturday))).StoryId!.Value;
        var notifier = host.Services.GetRequiredService<ICoverageNotifier>();

        var before = host.Reader!.Gets;
        await notifier.StoryChangedAsync(story, []);
        Assert.True(host.Reader.Gets > before, "a watched story's change must build its report");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Volatile.Read(ref pushes) == 0 && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.True(Volatile.Read(ref pushes) > 0);

        await client.InvokeAsync("Unwatch", story);
        before = host.Reader.Gets;
        await notifier.StoryChangedAsync(story, []);
        Assert.Equal(before, host.Reader.Gets);

        await client.InvokeAsync("Watch", story);
        await client.DisposeAsync(); // closing the connection also ends its watches
        deadline = DateTime.UtcNow.AddSeconds(10);
        while (host.Services.GetRequiredService<StoryWatchers>().AnyWatching([story]) && DateTime.UtcNow < deadline) await Task.Delay(50);
        before = host.Reader.Gets;
        await notifier.StoryChangedAsync(story, []);
        Assert.Equal(before, host.Reader.Gets);
    }
}
