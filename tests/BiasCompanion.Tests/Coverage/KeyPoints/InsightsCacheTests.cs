using BiasCompanion.Host.Coverage.KeyPoints;

namespace BiasCompanion.Tests.Coverage.KeyPoints;

public class InsightsCacheTests
{
    private static readonly DateTimeOffset Updated = new(2026, 1, 13, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_story_version_is_computed_once_and_a_new_version_recomputes()
    {
        var cache = new InsightsCache();
        var computed = 0;
        KeyPointResult Compute() { computed++; return KeyPointResult.Empty; }

        cache.GetOrAdd(new(1, 3, Updated, 7), Compute);
        cache.GetOrAdd(new(1, 3, Updated, 7), Compute);
        Assert.Equal(1, computed);

        cache.GetOrAdd(new(1, 4, Updated.AddHours(1), 7), Compute); // a new member
        cache.GetOrAdd(new(1, 4, Updated.AddHours(1), 8), Compute); // an outlet's rating changed
        Assert.Equal(3, computed);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void The_least_recently_used_story_is_evicted_past_the_capacity()
    {
        var cache = new InsightsCache();
        var computed = 0;
        KeyPointResult Compute() { computed++; return KeyPointResult.Empty; }
        for (var id = 0; id <= InsightsCache.Capacity; id++) cache.GetOrAdd(new(id, 2, Updated, 0), Compute);

        Assert.Equal(InsightsCache.Capacity, cache.Count);
        cache.GetOrAdd(new(InsightsCache.Capacity, 2, Updated, 0), Compute); // newest: still there
        Assert.Equal(InsightsCache.Capacity + 1, computed);
        cache.GetOrAdd(new(0, 2, Updated, 0), Compute); // oldest: evicted
        Assert.Equal(InsightsCache.Capacity + 2, computed);
    }
}
