using System.Collections.Concurrent;
using BiasCompanion.Host.Coverage;
using BiasCompanion.Host.Coverage.KeyPoints;
using BiasCompanion.Host.Ingestion.Feeds;
using BiasCompanion.Host.Ingestion.Fetching;
using BiasCompanion.Host.Outlets;
using BiasCompanion.Host.Storage;
using BiasCompanion.Host.Stories;
using Microsoft.Extensions.Options;

namespace BiasCompanion.Host.Ingestion.Discovery;

/// <summary>
/// "See other sides": asks the configured news-search providers for the story's key terms, ingests the results
/// through the feed pipeline (outlets on the sides the story lacks first), and streams progress. Bounded in time and
/// requests; a second request for the same story joins the running search.
/// </summary>
public sealed class DiscoveryService : IDiscoveryLauncher
{
    private readonly DiscoveryOptions _options;
    private readonly IStoryReader _stories;
    private readonly ArticleStore _articles;
    private readonly IOutletRegistry _outlets;
    private readonly SafeFetcher _fetcher;
    private readonly FeedItemIngestor _ingestor;
    private readonly DiscoveryBoard _board;
    private readonly ICoverageNotifier _notifier;
    private readonly TimeProvider _clock;
    private readonly ILogger<DiscoveryService> _logger;
    private readonly ConcurrentDictionary<long, (Task Run, DateTimeOffset Started)> _runs = new();

    public DiscoveryService(IOptions<DiscoveryOptions> options, IStoryReader stories, ArticleStore articles, IOutletRegistry outlets,
        SafeFetcher fetcher, FeedItemIngestor ingestor, DiscoveryBoard board, ICoverageNotifier notifier, TimeProvider clock,
        ILogger<DiscoveryService> logger)
    {
        _options = options.Value;
        (_stories, _articles, _outlets, _fetcher, _ingestor, _board, _notifier, _clock, _logger) =
            (stories, articles, outlets, fetcher, ingestor, board, notifier, clock, logger);
        _board.Available = EnabledProviders.Any();
    }

    private IEnumerable<SearchProvider> EnabledProviders =>
        _options.Providers.Where(p => p.Enabled && p.UrlTemplate.Contains("{query}", StringComparison.Ordinal));

    public DiscoveryStatus Start(long storyId)
    {
        if (_stories.Get(storyId) is not { } story) return new DiscoveryStatus("unavailable");
        if (!_board.Available) return _board.Get(story.Id);
        var now = _clock.GetUtcNow();
        _runs.AddOrUpdate(story.Id,
            _ => (RunAsync(story), now),
            (_, existing) => !existing.Run.IsCompleted || now - existing.Started < TimeSpan.FromSeconds(_options.ReuseSeconds)
                ? existing
                : (RunAsync(story), now));
        return _board.Get(story.Id);
    }

    public void StartIfThin(CoverageReport report)
    {
        if (report.StoryId is { } id && _options.AutoTriggerBelowOutlets > 0 && report.OutletCount < _options.AutoTriggerBelowOutlets)
            Start(id);
    }

    private async Task RunAsync(StorySnapshot story)
    {
        _board.Set(story.Id, new DiscoveryStatus("running"));
        var found = 0;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        try
        {
            await Task.Yield();
            var titles = _articles.FindByIds(story.Members.Select(m => m.ArticleId).Take(50).ToList()).Select(a => a.Title).Prepend(story.Headline);
            var query = Uri.EscapeDataString(StoryQuery.Build(titles));
            var requests = 0;
            var candidates = new List<FeedItem>();
            foreach (var provider in EnabledProviders)
            {
                if (requests++ >= _options.MaxRequests) break;
                var url = new Uri(provider.UrlTemplate.Replace("{query}", query, StringComparison.Ordinal));
                var result = await _fetcher.FetchAsync(url, FetchKind.Feed, cancellation: timeout.Token);
                if (!result.Ok)
                {
                    _logger.LogInformation("Discovery provider {Provider} failed: {Error}", provider.Name, result.Error);
                    continue;
                }
                candidates.AddRange(FeedParser.Parse(result.Body, result.FinalUrl ?? url, result.Charset).Items);
            }

            var lacking = LackingSides(story);
            foreach (var item in candidates.DistinctBy(i => i.Url).OrderByDescending(i => lacking.Contains(SideOf(i.Url))).Take(_options.MaxArticles))
            {
                if (requests++ >= _options.MaxRequests) break;
                var (outcome, result, _) = await _ingestor.IngestAsync(item, timeout.Token);
                if (outcome == FeedItemIngestor.Outcome.Stored && result is not null && _stories.Get(result.StoryId)?.Id == story.Id)
                {
                    found++;
                    _board.Set(story.Id, new DiscoveryStatus("running", found));
                    await _notifier.DiscoveryProgressAsync(story.Id, found, false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            _logger.LogInformation("Discovery for story {Story} stopped at its time limit", story.Id);
        }
        catch (Exception error)
        {
            _logger.LogWarning(error, "Discovery for story {Story} failed", story.Id);
        }
        _board.Set(story.Id, new DiscoveryStatus("done", found, true));
        try { await _notifier.DiscoveryProgressAsync(story.Id, found, true); }
        catch (Exception error) { _logger.LogWarning(error, "Could not report discovery progress"); }
    }

    /// <summary>The sides (left, center, right) with the fewest outlets in the story so far.</summary>
    private HashSet<string> LackingSides(StorySnapshot story)
    {
        var counts = new Dictionary<string, int> { ["left"] = 0, ["center"] = 0, ["right"] = 0 };
        foreach (var article in _articles.FindByIds(story.Members.Select(m => m.ArticleId).ToList()))
        {
            var side = SideOf(article.Url);
            if (counts.ContainsKey(side)) counts[side]++; // an unrated outlet is on no side
        }
        var least = counts.Values.Min();
        return counts.Where(kv => kv.Value == least).Select(kv => kv.Key).ToHashSet();
    }

    private string SideOf(string url) => Sides.Of(OutletCards.Label(_outlets.Resolve(url).Outlet?.Bias));
}
