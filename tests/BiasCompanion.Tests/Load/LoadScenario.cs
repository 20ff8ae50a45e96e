using System.Diagnostics;
using BiasCompanion.Tests.Infrastructure;

namespace BiasCompanion.Tests.Load;

/// <summary>
/// Many hub clients at once against the host process: each looks pages up (<c>Analyze</c>, then <c>Watch</c> of the
/// story it got) at its own pace for a fixed time and also watches a few stories the feeds seeded; meanwhile a feed
/// burst adds articles to those stories. Measured: every call's latency and failure, dropped connections, host RSS
/// over time, and whether each watcher got a push holding every burst article that joined a story it watches.
/// </summary>
public sealed class LoadScenario(LoadScenario.Settings settings)
{
    public sealed record Settings
    {
        public required string HostDll { get; init; }
        public required string DataDir { get; init; }
        /// <summary>Stories in date order; the first <see cref="WatchedStories"/> must have at least two articles.</summary>
        public required List<List<NewsItem>> Stories { get; init; }
        public int Clients { get; init; } = 200;
        public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);
        /// <summary>Mean pause between one client's lookups (±50 % jitter).</summary>
        public TimeSpan LookupInterval { get; init; } = TimeSpan.FromMilliseconds(2500);
        public int WatchedStories { get; init; } = 40;
        public int WatchesPerClient { get; init; } = 3;
        /// <summary>Besides the watched stories' followers, whole new stories in the burst.</summary>
        public int BurstNewStories { get; init; } = 40;
        /// <summary>Share of lookups that repeat an already looked-up page (readers on the same article).</summary>
        public double RepeatShare { get; init; } = 0.3;
        public int Feeds { get; init; } = 4;
        public TimeSpan PushGrace { get; init; } = TimeSpan.FromSeconds(15);
        public IReadOnlyDictionary<string, string>? HostEnvironment { get; init; }
        public Action<string>? Progress { get; init; }
        public int Seed { get; init; } = 9;
    }

    public sealed record RssSample(double Seconds, double Mb, int Threads);

    public sealed record Result
    {
        public required int Clients { get; init; }
        public required TimeSpan Duration { get; init; }
        public required List<double> AnalyzeMs { get; init; }
        public required List<double> WatchMs { get; init; }
        public required int Failures { get; init; }
        public required List<string> FailureSamples { get; init; }
        /// <summary>Lookups of article pages answered "not an article" (an extraction that timed out, e.g. while queued).</summary>
        public required int NotArticleAnswers { get; init; }
        /// <summary>Of those, the pages the extractor, run alone afterwards, does call articles: wrong answers.</summary>
        public required int WronglyNotArticle { get; init; }
        public required string HostLogTail { get; init; }
        public required int DroppedConnections { get; init; }
        public required int BurstItems { get; init; }
        public required int BurstDuplicates { get; init; }
        public required double BurstSeconds { get; init; }
        public required int ExpectedPushes { get; init; }
        public required int StaleFinalReports { get; init; }
        public required int MissingPushes { get; init; }
        public required List<string> MissingSamples { get; init; }
        public required int WatchersExpectingUpdates { get; init; }
        public required int WatchersFullyUpdated { get; init; }
        public required List<double> PushLatencyMs { get; init; }
        public required long PushesReceived { get; init; }
        public required List<RssSample> Rss { get; init; }
        public required double PeakRssMb { get; init; }
        public required long ArticlesAtEnd { get; init; }
        public required double WallSeconds { get; init; }
    }

    public async Task<Result> RunAsync()
    {
        var wall = Stopwatch.StartNew();
        var random = new Random(settings.Seed);
        var watched = settings.Stories.Take(settings.WatchedStories).ToList();
        if (watched.Count < settings.WatchedStories || watched.Any(s => s.Count < 2))
            throw new ArgumentException("the watched stories need at least two articles each");
        var seeds = watched.Select(s => s[0]).ToList();
        var burst = watched.SelectMany(s => s.Skip(1))
            .Concat(settings.Stories.Skip(settings.WatchedStories).Take(settings.BurstNewStories).SelectMany(s => s)).ToList();
        var pool = new Queue<NewsItem>(settings.Stories.Skip(settings.WatchedStories + settings.BurstNewStories).SelectMany(s => s)
            .OrderBy(_ => random.Next()));

        await using var web = await NewsFeedWeb.StartAsync(settings.Feeds);
        await using var host = HostProcess.Start(settings.HostDll, settings.DataDir, FeedHost.Environment(web, settings.HostEnvironment));
        await host.WaitReadyAsync(TimeSpan.FromMinutes(2));
        var probe = new StoreProbe(settings.DataDir);

        settings.Progress?.Invoke($"seeding {seeds.Count} stories through the feeds");
        web.Publish(seeds);
        var (seeded, _) = await FeedHost.WaitPlacedAsync(host, probe, seeds, TimeSpan.FromMinutes(2));
        var seedStories = seeds.Select(s => seeded[s.Url].StoryId).Distinct().ToList();

        settings.Progress?.Invoke($"connecting {settings.Clients} hub clients; each watches {settings.WatchesPerClient} seeded stories");
        var token = host.Token()!;
        var clients = new List<HubWatcher>();
        for (var batch = 0; batch < settings.Clients; batch += 20)
        {
            var connecting = Enumerable.Range(batch, Math.Min(20, settings.Clients - batch))
                .Select(i => HubWatcher.ConnectAsync(host.Address, token, i));
            clients.AddRange(await Task.WhenAll(connecting));
        }
        // Warm-up: the first lookups of a fresh process compile the whole path; 200 of them at once would only measure that.
        var warmUp = new List<(NewsItem Item, string Url)>();
        for (var i = 0; i < 5 && pool.TryDequeue(out var first); i++)
        {
            warmUp.Add((first, first.Url));
            await clients[0].AnalyzeAsync(first, first.Url);
        }
        var watches = new Dictionary<HubWatcher, HashSet<long>>();
        var watchMs = new List<double>();
        foreach (var client in clients)
        {
            var mine = seedStories.OrderBy(_ => random.Next()).Take(settings.WatchesPerClient).ToHashSet();
            watches[client] = mine;
            foreach (var story in mine)
                if (await client.WatchAsync(story) is { } ms) watchMs.Add(ms);
        }

        settings.Progress?.Invoke($"{settings.Clients} clients looking pages up for {settings.Duration.TotalSeconds:F0} s; the feed burst ({burst.Count} items) at {settings.Duration.TotalSeconds * 0.3:F0} s");
        var rss = new List<RssSample>();
        var analyzeMs = new List<double>();
        var notArticle = 0;
        var notArticlePages = new List<(NewsItem Item, string Url)>();
        var looked = warmUp;
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (!host.HasExited) lock (rss) rss.Add(new RssSample(clock.Elapsed.TotalSeconds, host.Memory().RssMb, Threads(host.Pid)));
                try { await Task.Delay(500, stop.Token); } catch (OperationCanceledException) { }
            }
        });
        var lookups = clients.Select(client => Task.Run(() => LookupLoopAsync(client, pool, looked, analyzeMs, watchMs, page =>
        {
            Interlocked.Increment(ref notArticle);
            lock (notArticlePages) notArticlePages.Add(page);
        },
            settings.Seed + client.Index, stop.Token))).ToList();
        var repeats = seeds.Take(Math.Max(1, seeds.Count / 4)).ToList();
        await Task.Delay(settings.Duration * 0.3);
        web.Publish(burst, repeats);
        await Task.Delay(settings.Duration * 0.7);
        await stop.CancelAsync();
        await Task.WhenAll(lookups);

        settings.Progress?.Invoke("lookups stopped; waiting for the burst to be in and its pushes to arrive");
        var (placed, lastCommit) = await FeedHost.WaitPlacedAsync(host, probe, burst, TimeSpan.FromMinutes(3));
        var burstSeconds = (lastCommit - (web.RoundFirstServed ?? lastCommit)).TotalSeconds;
        var expected = Expected(watches, placed.Values.ToList(), probe);
        var graceClock = Stopwatch.StartNew();
        while (Missing(expected).Count > 0 && graceClock.Elapsed < settings.PushGrace) await Task.Delay(250);
        await sampler;
        var rssFinal = host.Memory();
        var missing = Missing(expected);

        var joined = probe.JoinedTimes();
        var latencies = StoreProbe.PushLatencies(clients.SelectMany(c => c.Pushes()), joined);
        // A page answered "not an article" under load that the extractor calls an article on its own is a wrong answer.
        var extractor = new BiasCompanion.Host.Extraction.ArticleExtractor();
        var wronglyNotArticle = notArticlePages.Distinct().Count(p => extractor.Extract(p.Url, NewsItems.Page(p.Item)).IsArticle);
        var result = new Result
        {
            Clients = settings.Clients,
            Duration = settings.Duration,
            AnalyzeMs = analyzeMs,
            WatchMs = watchMs,
            Failures = clients.Sum(c => c.Failures),
            FailureSamples = clients.SelectMany(c => c.Errors()).GroupBy(e => e).OrderByDescending(g => g.Count()).Take(6).Select(g => $"{g.Count()}× {g.Key}").ToList(),
            NotArticleAnswers = notArticle,
            WronglyNotArticle = wronglyNotArticle,
            HostLogTail = string.Join('\n', host.Log().Split('\n').TakeLast(30)),
            DroppedConnections = clients.Count(c => c.Dropped),
            BurstItems = burst.Count,
            BurstDuplicates = repeats.Count,
            BurstSeconds = burstSeconds,
            ExpectedPushes = expected.Count,
            StaleFinalReports = LoadReport.StaleFinalReports(clients),
            MissingPushes = missing.Count,
            MissingSamples = missing.Take(10).Select(m => $"client {m.Watcher.Index} article {m.Article.ArticleId} story {m.Article.StoryId}").ToList(),
            WatchersExpectingUpdates = expected.Select(e => e.Watcher).Distinct().Count(),
            WatchersFullyUpdated = expected.GroupBy(e => e.Watcher).Count(g => g.All(e => !missing.Contains(e))),
            PushLatencyMs = latencies,
            PushesReceived = clients.Sum(c => (long)c.Pushes().Count),
            Rss = rss,
            PeakRssMb = rssFinal.PeakMb,
            ArticlesAtEnd = probe.ArticleCount(),
            WallSeconds = wall.Elapsed.TotalSeconds,
        };
        foreach (var client in clients) await client.DisposeAsync();
        return result;
    }

    private sealed record Expectation(HubWatcher Watcher, StoreProbe.Placement Article);

    /// <summary>Every (watcher, burst article) where the article's story is, now, one the watcher watches (merges followed).</summary>
    private static List<Expectation> Expected(Dictionary<HubWatcher, HashSet<long>> watches, List<StoreProbe.Placement> burst, StoreProbe probe)
    {
        var expected = new List<Expectation>();
        foreach (var (watcher, stories) in watches)
        {
            var live = stories.Select(probe.Resolve).ToHashSet();
            expected.AddRange(burst.Where(a => live.Contains(a.StoryId)).Select(a => new Expectation(watcher, a)));
        }
        return expected;
    }

    private static int Threads(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("Threads:", StringComparison.Ordinal));
            return line is null ? 0 : int.Parse(line["Threads:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException) { return 0; }
    }

    private static HashSet<Expectation> Missing(List<Expectation> expected) =>
        expected.Where(e => !e.Watcher.Pushes().Any(p => p.ArticleIds.Contains(e.Article.ArticleId))).ToHashSet();

    private async Task LookupLoopAsync(HubWatcher client, Queue<NewsItem> pool, List<(NewsItem Item, string Url)> looked,
        List<double> analyzeMs, List<double> watchMs, Action<(NewsItem Item, string Url)> notArticle, int seed, CancellationToken stop)
    {
        var random = new Random(seed);
        double Pause() => settings.LookupInterval.TotalMilliseconds * (0.5 + random.NextDouble());
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(random.NextDouble() * settings.LookupInterval.TotalMilliseconds), stop);
            while (!stop.IsCancellationRequested)
            {
                (NewsItem Item, string Url)? page = null;
                lock (looked)
                {
                    if (looked.Count > 0 && (random.NextDouble() < settings.RepeatShare || pool.Count == 0)) page = looked[random.Next(looked.Count)];
                    else if (pool.TryDequeue(out var fresh)) looked.Add((page = (fresh, fresh.Url)).Value);
                }
                if (page is { } p && await client.AnalyzeAsync(p.Item, p.Url) is { } answer)
                {
                    lock (analyzeMs) analyzeMs.Add(answer.Ms);
                    if (answer.StoryId is null) notArticle(p);
                    if (answer.StoryId is { } story && await client.WatchAsync(story) is { } ms)
                        lock (watchMs) watchMs.Add(ms);
                }
                await Task.Delay(TimeSpan.FromMilliseconds(Pause()), stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
    }
}
