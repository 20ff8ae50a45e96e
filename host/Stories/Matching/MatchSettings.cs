namespace BiasCompanion.Host.Stories.Matching;

/// <summary>The one configuration of the matcher (tuned on the dev sets; no per-source switches).</summary>
internal sealed record MatchSettings
{
    /// <summary>An article may join a story whose span is at most this many days away (long enough for a follow-up
    /// nearly two months on, as Giveme5W1H's events have; the follow-up path's shape terms decide whether it does).</summary>
    public double WindowDays { get; init; } = 60;
    /// <summary>Stories idle this long before the newest article leave memory (they stay in SQLite).</summary>
    public double RetentionDays { get; init; } = 65;
    public int MaxCandidates { get; init; } = 8;
    public int MaxPostingLength { get; init; } = 3_000;
    /// <summary>Members compared one by one (the most recent ones); the sums cover the rest.</summary>
    public int MaxMembersCompared { get; init; } = 12;
    public int FuzzyComparisons { get; init; } = 1;
    public double JoinProbability { get; init; } = 0.5;
    public double MergeProbability { get; init; } = 0.9;
    public double RepostSimilarity { get; init; } = 0.6;
    /// <summary>Undated burst guard: a story this large, with both sides timed by arrival only, takes only articles
    /// whose key-term share is at least <see cref="BurstGuardKeyShare"/>.</summary>
    public int BurstGuardMembers { get; init; } = 3;
    public double BurstGuardKeyShare { get; init; } = 0.12;

    public static readonly MatchSettings Default = new();
}
