namespace BiasCompanion.Host.Coverage.KeyPoints;

/// <summary>
/// When each side picked a story up: per side, its first article and its articles per hour (a story spanning up to
/// <see cref="MaxHourlySpan"/>) or per UTC day (longer stories). Buckets are aligned to UTC hours/days, empty ones left out.
/// </summary>
public static class CoverageTimeline
{
    public static readonly TimeSpan MaxHourlySpan = TimeSpan.FromHours(72);

    public static IReadOnlyList<SideTimeline> Build(IReadOnlyList<(string Side, DateTimeOffset Time)> articles)
    {
        if (articles.Count == 0) return [];
        var span = articles.Max(a => a.Time) - articles.Min(a => a.Time);
        var hourly = span <= MaxHourlySpan;
        return articles
            .GroupBy(a => a.Side)
            .OrderBy(g => Sides.Order(g.Key))
            .Select(g => new SideTimeline(
                g.Key,
                g.Min(a => a.Time),
                g.Count(),
                hourly ? "hour" : "day",
                g.GroupBy(a => BucketStart(a.Time, hourly)).OrderBy(b => b.Key).Select(b => new TimeBucket(b.Key, b.Count())).ToList()))
            .ToList();
    }

    private static DateTimeOffset BucketStart(DateTimeOffset time, bool hourly)
    {
        var utc = time.UtcDateTime;
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, hourly ? utc.Hour : 0, 0, 0, TimeSpan.Zero);
    }
}
