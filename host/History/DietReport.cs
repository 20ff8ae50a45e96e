using BiasCompanion.Host.Coverage;

namespace BiasCompanion.Host.History;

/// <summary>What the reader read over the last <see cref="Days"/> days (articles counted once however often read).</summary>
public sealed record DietReport
{
    public int Days { get; init; }
    public int Reads { get; init; }
    public int Articles { get; init; }
    /// <summary>Articles per bias label ("left" … "right", "unrated").</summary>
    public IReadOnlyList<Share> Bias { get; init; } = [];
    /// <summary>Left / Center / Right shares of the rated articles.</summary>
    public BiasDistribution Distribution { get; init; } = new();
    public IReadOnlyList<OutletRead> Outlets { get; init; } = [];
    public IReadOnlyList<Share> Countries { get; init; } = [];
    public IReadOnlyList<Share> Factuality { get; init; } = [];
    /// <summary>Stories read from one side only while other sides covered them too.</summary>
    public IReadOnlyList<OneSidedStory> OneSidedStories { get; init; } = [];
    /// <summary>"left" or "right" when that side is under the blindspot share of the rated articles read.</summary>
    public string? Blindspot { get; init; }
    public bool RecordingPaused { get; init; }
    /// <summary>Articles read per UTC day and side, oldest first (days without reads left out).</summary>
    public IReadOnlyList<DietDay> Daily { get; init; } = [];
}

public sealed record DietDay(DateOnly Day, int Left, int Center, int Right, int Unrated);

public sealed record OutletRead(string Name, string Domain, string? Bias, int Articles);

public sealed record OneSidedStory(long StoryId, string Headline, string Side, int ArticlesRead, IReadOnlyList<string> OtherSidesCovering);
