namespace BiasCompanion.Host.Outlets;

/// <summary>An outlet row of the user's data: a new outlet, or edits (non-null fields) to a shipped one.</summary>
public sealed record UserOutletRow
{
    public required string Id { get; init; }
    public bool IsNew { get; init; }
    public string? Name { get; init; }
    public string? PrimaryDomain { get; init; }
    public IReadOnlyList<string>? Aliases { get; init; }
    public string? Country { get; init; }
    public string? City { get; init; }
    public string? Language { get; init; }
    public string? Owner { get; init; }
    public OwnerType? OwnerType { get; init; }
}

public sealed record UserRatingRow(string OutletId, string Dimension, string Source, string Value, DateOnly? RetrievedAt);

public sealed record UserFeedRow(string OutletId, string Url, string Source);

public sealed record UserFlagRow(string OutletId, string Flag, string Source);

/// <summary>Everything the user added or changed; also the export format.</summary>
public sealed record OutletUserData(
    IReadOnlyList<UserOutletRow> Outlets,
    IReadOnlyList<UserRatingRow> Ratings,
    IReadOnlyList<UserFeedRow> Feeds,
    IReadOnlyList<UserFlagRow> Flags)
{
    public static readonly OutletUserData Empty = new([], [], [], []);
}
