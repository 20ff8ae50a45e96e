using System.Net.Http.Json;
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
/// Found by <c>scripts/bench load</c> (56 watcher/story pairs in one run): when two changes of one story were pushed at
/// once, the report built first could be sent last, so the reader's sidebar ended on the older coverage. Here the
/// first push is held between building its report and sending it (as a busy machine can) while a second article
/// joins the story: the last push must still hold both articles.
/// </summary>
public sealed class PushOrderTests
{
    private static readonly DateTimeOffset Saturday = new(2025, 7, 12, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The story reader with a brake: once armed, the next story read returns what it read only when released.</summary>
    private sealed class PausingStoryReader(IStoryReader inner, PausingStoryReader.Brake brake) : IStoryReader
    {
        public sealed class Brake
        {
            public int Armed;
            public ManualResetEventSlim Holding { get; } = new(false);
            public ManualResetEventSlim Released { get; } = new(false);
        }

        public StorySnapshot? Get(long storyId)
        {
            var snapshot = inner.Get(storyId);
            if (Interlocked.Exchange(ref brake.Armed, 0) == 1)
            {
                brake.Holding.Set();
                brake.Released.Wait(TimeSpan.FromMinutes(1));
            }
            return snapshot;
        }

        public long? StoryOfArticle(long articleId) => inner.StoryOfArticle(articleId);

        public IReadOnlyList<StorySnapshot> List(DateTimeOffset since, int limit) => inner.List(since, limit);
    }

    private sealed class HostWithBrake : KestrelHostFactory
    {
        private readonly PausingStoryReader.Brake _brake;

        public HostWithBrake(PausingStoryReader.Brake brake)
        {
            _brake = brake;
            With("BiasCompanion:Discovery:AutoTriggerBelowOutlets", "0"); // nothing else reads stories in the background
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IStoryReader>(provider =>
                new PausingStoryReader(new StoryReader(provider.GetRequiredService<SqliteDatabase>()), _brake)));
        }
    }

    [Fact]
    public async Task A_report_built_before_a_later_change_is_never_pushed_after_it()
    {
        var brake = new PausingStoryReader.Brake();
        using var host = new HostWithBrake(brake);
        await using var watcher = new HubConnectionBuilder()
            .WithUrl(new Uri(host.Address, CoverageHub.Path), HttpTransportType.WebSockets, o =>
            {
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult<string?>(host.PairingCode);
            })
            .Build();
        var pushes = new List<CoverageReport>();
        watcher.On<CoverageReport>(nameof(ICoverageClient.CoverageUpdated), r => { lock (pushes) pushes.Add(r); });
        await watcher.StartAsync();
        var story = (await watcher.InvokeAsync<CoverageReport>("Analyze", new PageCapture(
            "https://www.reuters.com/world/asia-pacific/lavrov-kim-2025-07-12/", null, FixturePages.Lavrov(0, Saturday), null, Saturday))).StoryId!.Value;
        await Task.Delay(200); // a push from that lookup itself may still be on its way
        int before;
        lock (pushes) before = pushes.Count;

        // Push 1 builds the one-article report and is held before sending it.
        var notifier = host.Services.GetRequiredService<ICoverageNotifier>();
        brake.Armed = 1;
        var first = Task.Factory.StartNew(() => notifier.StoryChangedAsync(story, []), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
        Assert.True(brake.Holding.Wait(TimeSpan.FromSeconds(30)), "the first push never read the story");

        // Meanwhile a second article joins the story (its own push follows).
        using var http = host.CreateClient();
        var second = http.PostAsJsonAsync("/api/analyze", new PageCapture("https://www.foxnews.com/world/lavrov-kim-jong-un-wonsan", null,
            FixturePages.Lavrov(2, Saturday.AddHours(2)), null, Saturday.AddHours(2)));
        await Task.WhenAny(second, Task.Delay(TimeSpan.FromSeconds(3)));
        brake.Released.Set();
        await first.WaitAsync(TimeSpan.FromSeconds(30));
        using var answer = await second.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(story, (await answer.Content.ReadFromJsonAsync<CoverageReport>())!.StoryId);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            lock (pushes) if (pushes.Count - before >= 2) break;
            await Task.Delay(50);
        }
        await Task.Delay(300); // nothing else is due, but let a straggler show itself
        lock (pushes)
        {
            Assert.True(pushes.Count - before >= 2, $"{pushes.Count - before} pushes arrived");
            Assert.Equal(2, pushes[^1].ArticleCount);
        }
    }
}
