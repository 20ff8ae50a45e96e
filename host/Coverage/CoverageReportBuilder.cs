using BiasCompanion.Host.Coverage.KeyPoints;
using BiasCompanion.Host.Coverage.Summary;
using BiasCompanion.Host.Outlets;
using BiasCompanion.Host.Storage;
using BiasCompanion.Host.Stories;
using Microsoft.Extensions.Options;

namespace BiasCompanion.Host.Coverage;

/// <summary>Builds the sidebar's model for one story from its members, their articles and their outlets.</summary>
public sealed class CoverageReportBuilder(
    IStoryReader stories, ArticleStore articles, IOutletRegistry outlets, DiscoveryBoard discovery, IOptions<CoverageOptions> options,
    StoryInsights? insights = null, LocalLlmSummaries? summaries = null, MergedStories? merged = null)
{
    private readonly CoverageOptions _options = options.Value;

    /// <summary>The report of a story (a merged id resolves), or null when the story does not exist.</summary>
    public CoverageReport? Build(long storyId, long? currentArticleId = null, OutletCard? pageOutlet = null)
    {
        var story = stories.Get(storyId);
        if (story is null) return null;

        var byId = articles.FindByIds(story.Members.Select(m => m.ArticleId).ToList()).ToDictionary(a => a.Id);
        var cards = byId.Values.ToDictionary(a => a.Id, a => OutletCards.From(outlets.Resolve(a.Url), a.OutletDomain));
        var members = story.Members.Where(m => byId.ContainsKey(m.ArticleId)).ToList();

        var originals = members.Where(m => m.RepostOfArticleId is not { } of || !byId.ContainsKey(of)).ToList();
        var repostsByOriginal = members.Where(m => m.RepostOfArticleId is { } of && byId.ContainsKey(of))
            .GroupBy(m => m.RepostOfArticleId!.Value)
            .ToDictionary(g => g.Key, g => g.Select(m => byId[m.ArticleId]).OrderBy(a => a.PublishedAt ?? a.FirstSeenAt).ToList());

        var cardList = originals
            .Select(m => byId[m.ArticleId])
            .OrderByDescending(a => a.PublishedAt ?? a.FirstSeenAt)
            .Select(a => ToArticle(a, cards[a.Id], repostsByOriginal.GetValueOrDefault(a.Id) ?? [], cards))
            .ToList();

        // Distribution and breakdowns count each outlet once, over the originals: reposts are not new coverage.
        var originalOutlets = originals.Select(m => cards[m.ArticleId]).DistinctBy(OutletKey).ToList();
        var allOutlets = members.Select(m => cards[m.ArticleId]).DistinctBy(OutletKey).Count();
        var counts = Count(originalOutlets);
        var distribution = Distribute(counts);
        var extras = insights?.For(story.Id, story.Members.Count, story.Updated, originals
            .Select(m => KeyPointSourceOf(byId[m.ArticleId], cards[m.ArticleId])).ToList());

        return new CoverageReport
        {
            StoryId = story.Id,
            MergedStoryIds = merged?.Into(story.Id) ?? [],
            Headline = story.Headline,
            FirstSeen = story.FirstSeen,
            Updated = story.Updated,
            IsArticle = true,
            PageOutlet = pageOutlet,
            CurrentArticleId = currentArticleId is { } current && byId.ContainsKey(current) ? current : null,
            Articles = cardList,
            ArticleCount = members.Count,
            OutletCount = allOutlets,
            Counts = counts,
            Distribution = distribution,
            Blindspot = Blindspot(distribution),
            FirstReporter = FirstReporter(story, byId, cards),
            SourceCountries = Shares(originalOutlets.Select(o => o.Country)),
            Factuality = Shares(originalOutlets.Select(o => o.Factuality)),
            Ownership = Shares(originalOutlets.Select(o => o.OwnerType)),
            KeyPoints = extras?.KeyPoints ?? [],
            Summary = extras is null ? null : summaries?.TryGet(story.Id, extras.KeyPoints.Where(p => !p.Flagged).ToList()),
            Framing = extras?.Framing ?? [],
            Timeline = extras?.Timeline ?? [],
            Discovery = discovery.Get(story.Id),
        };
    }

    private CoverageArticle ToArticle(StoredArticle a, OutletCard outlet, List<StoredArticle> reposts, Dictionary<long, OutletCard> cards) => new()
    {
        Id = a.Id,
        Url = a.Url,
        Title = a.Title,
        Snippet = Snippet(a),
        PublishedAt = a.PublishedAt,
        Language = a.Language,
        Outlet = outlet,
        Reposts = reposts.Select(r => new Repost(r.Id, r.Url, cards[r.Id].Name, cards[r.Id].Domain, r.PublishedAt)).ToList(),
    };

    private static KeyPointSource KeyPointSourceOf(StoredArticle a, OutletCard outlet) =>
        new(a.Id, OutletKey(outlet), Sides.Of(outlet.Bias), a.Title, a.Lead, a.Body, a.Language, a.PublishedAt ?? a.FirstSeenAt);

    private string? Snippet(StoredArticle a)
    {
        var text = string.IsNullOrWhiteSpace(a.Lead) ? a.Body : a.Lead;
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.ReplaceLineEndings(" ").Trim();
        if (text.Length <= _options.SnippetLength) return text;
        var cut = text.LastIndexOf(' ', _options.SnippetLength);
        return text[..(cut > _options.SnippetLength / 2 ? cut : _options.SnippetLength)] + "…";
    }

    private static string OutletKey(OutletCard card) => card.Id ?? card.Domain;

    private static BiasCounts Count(IReadOnlyList<OutletCard> outlets) => new()
    {
        Left = outlets.Count(o => o.Bias == "left"),
        LeanLeft = outlets.Count(o => o.Bias == "lean-left"),
        Center = outlets.Count(o => o.Bias == "center"),
        LeanRight = outlets.Count(o => o.Bias == "lean-right"),
        Right = outlets.Count(o => o.Bias == "right"),
        Unrated = outlets.Count(o => o.Bias is null),
    };

    private static BiasDistribution Distribute(BiasCounts c)
    {
        var rated = c.Left + c.LeanLeft + c.Center + c.LeanRight + c.Right;
        if (rated == 0) return new BiasDistribution();
        var left = Percent(c.Left + c.LeanLeft, rated);
        var right = Percent(c.LeanRight + c.Right, rated);
        return new BiasDistribution { Left = left, Right = right, Center = 100 - left - right, RatedOutlets = rated };
    }

    private string? Blindspot(BiasDistribution d)
    {
        if (d.RatedOutlets < _options.BlindspotMinRatedOutlets) return null;
        var limit = _options.BlindspotMaxShare * 100;
        var left = d.Left < limit;
        var right = d.Right < limit;
        return (left, right) switch
        {
            (true, false) => "left",
            (false, true) => "right",
            (true, true) => d.Left <= d.Right ? "left" : "right",
            _ => null,
        };
    }

    private static FirstReporter? FirstReporter(StorySnapshot story, Dictionary<long, StoredArticle> byId, Dictionary<long, OutletCard> cards)
    {
        if (story.FirstReporterArticleId is not { } id || !byId.TryGetValue(id, out var article)) return null;
        var outlet = cards[id];
        return new FirstReporter(outlet.Name, outlet.Domain, outlet.City, outlet.Country, article.PublishedAt ?? article.FirstSeenAt, id);
    }

    private static IReadOnlyList<Share> Shares(IEnumerable<string?> keys)
    {
        var known = keys.Where(k => !string.IsNullOrEmpty(k)).Select(k => k!).ToList();
        return known.GroupBy(k => k)
            .Select(g => new Share(g.Key, g.Count(), Percent(g.Count(), known.Count)))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
    }

    private static int Percent(int part, int whole) => whole == 0 ? 0 : (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero);
}
