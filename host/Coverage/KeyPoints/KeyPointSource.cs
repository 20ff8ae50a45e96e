namespace BiasCompanion.Host.Coverage.KeyPoints;

/// <summary>One original article of a story (reposts are left out by the caller: a copy is not extra support).</summary>
/// <param name="OutletKey">The outlet's id or domain: several articles of one outlet count as one outlet.</param>
/// <param name="Side">One of <see cref="Sides.All"/>.</param>
public sealed record KeyPointSource(
    long ArticleId, string OutletKey, string Side, string? Title, string? Lead, string? Body, string? Language, DateTimeOffset Time);
