using BiasCompanion.Host.Stories;

namespace BiasCompanion.Host.Coverage.KeyPoints;

/// <summary>"Does this summary seem wrong?": stores the reader's flag on one of a story's current key points.</summary>
public sealed class KeyPointFlagging(IStoryReader stories, CoverageReportBuilder reports, KeyPointFlagStore flags)
{
    public const int MaxTextLength = 4000;

    public enum Failure { None, Invalid, NoStory, NoSuchPoint }

    /// <param name="Report">The story's report with the point demoted, when <see cref="Failure"/> is None.</param>
    public sealed record Outcome(Failure Failure, string Message, CoverageReport? Report);

    public Outcome Flag(long storyId, string? pointText)
    {
        if (string.IsNullOrWhiteSpace(pointText) || pointText.Length > MaxTextLength)
            return new Outcome(Failure.Invalid, $"'text' must be a key point's text of at most {MaxTextLength} characters.", null);
        if (stories.Get(storyId) is not { } story || reports.Build(story.Id) is not { } report)
            return new Outcome(Failure.NoStory, $"No story {storyId}.", null);
        var hash = KeyPointFlagStore.Hash(pointText);
        // Only a point the story shows can be flagged: the table never fills with arbitrary text.
        if (!report.KeyPoints.Concat(report.Framing.SelectMany(f => f.OnlyThisSide)).Any(p => KeyPointFlagStore.Hash(p.Text) == hash))
            return new Outcome(Failure.NoSuchPoint, $"Story {story.Id} has no such key point.", null);
        flags.Add(story.Id, pointText);
        return new Outcome(Failure.None, "Flagged.", reports.Build(story.Id));
    }
}
