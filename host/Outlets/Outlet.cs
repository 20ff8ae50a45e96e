using System.Text.Json.Serialization;

namespace BiasCompanion.Host.Outlets;

[JsonConverter(typeof(JsonStringEnumConverter<BiasLabel>))]
public enum BiasLabel { Left = -2, LeanLeft = -1, Center = 0, LeanRight = 1, Right = 2 }

[JsonConverter(typeof(JsonStringEnumConverter<Factuality>))]
public enum Factuality { VeryHigh, High, MostlyFactual, Mixed, Low, VeryLow }

[JsonConverter(typeof(JsonStringEnumConverter<OwnerType>))]
public enum OwnerType { Independent, Corporate, PublicBroadcaster, State, NonProfit, Government }

/// <summary>One rating from one source. <see cref="Dimension"/> is "bias" or "factuality".</summary>
public sealed record OutletRating(string Dimension, string Value, string Source, DateOnly? RetrievedAt);

/// <summary>A news outlet with its ratings. <see cref="Bias"/> and <see cref="Factuality"/> are the combined values shown.</summary>
public sealed record Outlet
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string PrimaryDomain { get; init; }
    /// <summary>Every host (or host/path for a path-scoped outlet) the outlet publishes at, the primary domain first.</summary>
    public IReadOnlyList<string> Domains { get; init; } = [];
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string Country { get; init; }
    public string? City { get; init; }
    public string? Language { get; init; }
    public string? Owner { get; init; }
    public OwnerType? OwnerType { get; init; }
    public IReadOnlyList<string> Feeds { get; init; } = [];
    public IReadOnlyList<OutletRating> Ratings { get; init; } = [];
    public BiasLabel? Bias { get; init; }
    public Factuality? Factuality { get; init; }
    /// <summary>Labels that are not a lean, e.g. "state-media", "questionable", "satire".</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];
}
