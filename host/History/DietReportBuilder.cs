using BiasCompanion.Host.Coverage;
using BiasCompanion.Host.Coverage.KeyPoints;
using BiasCompanion.Host.Outlets;
using BiasCompanion.Host.Storage;
using BiasCompanion.Host.Stories;
using Microsoft.Extensions.Options;

namespace BiasCompanion.Host.History;

/// <summary>The reader's news diet from their reading events: local only, computed on request.</summary>
public sealed class DietReportBuilder(ReadingHistory history, IOutletRegistry outlets, IStoryReader stories, ArticleStore articles,
    IOptions<CoverageOptions> coverage, TimeProvider clock)
{
    /// <summary>The reader's own blindspot needs at least this many rated articles read.</summary>
    public const int MinRatedForBlindspot = 10;

    public DietReport Build(int days)
    {
        var events = history.Since(clock.GetUtcNow().AddDays(-days));
        var read = events.DistinctBy(e => e.ArticleId).ToList();
        var cards = read.ToDictionary(e => e.ArticleId, e => OutletCards.From(outlets.Resolve(e.Url), e.OutletDomain));

        var labels = read.Select(e => cards[e.ArticleId].Bias ?? "unrated").ToList();
        var rated = labels.Where(l => l != "unrated").ToList();
        var left = rated.Count(l => Sides.Of(l) == "left");
        var right = rated.Count(l => Sides.Of(l) == "right");
        var distribution = rated.Count == 0 ? new BiasDistribution() : new BiasDistribution
        {
            Left = Percent(left, rated.Count),
            Right = Percent(right, rated.Count),
            Center = 100 - Percent(left, rated.Count) - Percent(right, rated.Count),
            RatedOutlets = rated.Count,
        };

        return new DietReport
        {
            Days = days,
            Reads = events.Count,
            Articles = read.Count,
            Bias = Shares(labels),
            Distribution = distribution,
            Outlets = read.GroupBy(e => cards[e.ArticleId].Id ?? cards[e.ArticleId].Domain)
                .Select(g => { var card = cards[g.First().ArticleId]; return new OutletRead(card.Name, card.Domain, card.Bias, g.Count()); })
                .OrderByDescending(o => o.Articles).ThenBy(o => o.Name, StringComparer.Ordinal).ToList(),
            Countries = Shares(read.Select(e => cards[e.ArticleId].Country).OfType<string>()),
            Factuality = Shares(read.Select(e => cards[e.ArticleId].Factuality).OfType<string>()),
            OneSidedStories = OneSided(read, cards),
            Blindspot = rated.Count < MinRatedForBlindspot ? null
                : distribution.Left < coverage.Value.BlindspotMaxShare * 100 ? "left"
                : distribution.Right < coverage.Value.BlindspotMaxShare * 100 ? "right" : null,
            RecordingPaused = history.IsPaused,
            Daily = read.GroupBy(e => DateOnly.FromDateTime(e.ReadAt.UtcDateTime)).OrderBy(g => g.Key)
                .Select(g =>
                {
                    var sides = g.Select(e => Sides.Of(cards[e.ArticleId].Bias)).ToList();
                    return new DietDay(g.Key, sides.Count(s => s == "left"), sides.Count(s => s == "center"),
                        sides.Count(s => s == "right"), sides.Count(s => s == "unrated"));
                }).ToList(),
        };
    }

    private List<OneSidedStory> OneSided(List<ReadingHistory.ReadEvent> read, Dictionary<long, OutletCard> cards)
    {
        var result = new List<OneSidedStory>();
        foreach (var group in read.Where(e => e.StoryId is not null).GroupBy(e => e.StoryId!.Value))
        {
            var sides = group.Select(e => Sides.Of(cards[e.ArticleId].Bias)).Distinct().ToList();
            if (sides is not [{ } side] || side == "unrated") continue;
            if (stories.Get(group.Key) is not { } story) continue;
            var covering = articles.FindByIds(story.Members.Select(m => m.ArticleId).ToList())
                .Select(a => Sides.Of(OutletCards.From(outlets.Resolve(a.Url), a.OutletDomain).Bias))
                .Where(s => s != "unrated" && s != side).Distinct().OrderBy(s => s, StringComparer.Ordinal).ToList();
            if (covering.Count > 0) result.Add(new OneSidedStory(story.Id, story.Headline, side, group.Count(), covering));
        }
        return result;
    }

    private static IReadOnlyList<Share> Shares(IEnumerable<string> keys)
    {
        var list = keys.ToList();
        return list.GroupBy(k => k).Select(g => new Share(g.Key, g.Count(), Percent(g.Count(), list.Count)))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
    }

    private static int Percent(int part, int whole) => whole == 0 ? 0 : (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero);
}
