using BiasCompanion.Host.Coverage;
using BiasCompanion.Host.Coverage.KeyPoints;

namespace BiasCompanion.Tests.Coverage.KeyPoints;

public class CoverageTimelineTests
{
    private static readonly DateTimeOffset Noon = new(2026, 1, 13, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Midnight = new(2026, 1, 13, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_short_story_is_bucketed_by_utc_hour_per_side_with_its_first_article()
    {
        var timeline = CoverageTimeline.Build(
        [
            (Sides.Right, Noon.AddMinutes(95)),
            (Sides.Left, Noon.AddMinutes(10)),
            (Sides.Left, Noon.AddMinutes(50)),
            (Sides.Left, new DateTimeOffset(2026, 1, 13, 15, 30, 0, TimeSpan.FromHours(2))), // 13:30 UTC
            (Sides.Unrated, Noon.AddHours(20)),
        ]);

        Assert.Equal([Sides.Left, Sides.Right, Sides.Unrated], timeline.Select(t => t.Side));
        var left = timeline[0];
        Assert.Equal("hour", left.Unit);
        Assert.Equal(Noon.AddMinutes(10), left.FirstAt);
        Assert.Equal(3, left.Articles);
        Assert.Equal([new TimeBucket(Noon, 2), new TimeBucket(Noon.AddHours(1), 1)], left.Buckets);
        Assert.Equal([new TimeBucket(Noon.AddHours(1), 1)], timeline[1].Buckets);
        Assert.Equal(TimeSpan.Zero, left.Buckets[0].Start.Offset);
    }

    [Fact]
    public void A_story_longer_than_three_days_is_bucketed_by_utc_day()
    {
        var timeline = CoverageTimeline.Build([(Sides.Center, Noon), (Sides.Center, Noon.AddHours(13)), (Sides.Center, Noon.AddDays(4))]);

        var center = Assert.Single(timeline);
        Assert.Equal("day", center.Unit);
        Assert.Equal([new TimeBucket(Midnight, 1), new TimeBucket(Midnight.AddDays(1), 1), new TimeBucket(Midnight.AddDays(4), 1)],
            center.Buckets);
    }

    [Fact]
    public void No_articles_no_timeline() => Assert.Empty(CoverageTimeline.Build([]));
}
