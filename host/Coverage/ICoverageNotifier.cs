namespace BiasCompanion.Host.Coverage;

/// <summary>Tells every client watching a story that it changed (from any path: lookup, feed, import).</summary>
public interface ICoverageNotifier
{
    /// <param name="storyId">The story that changed.</param>
    /// <param name="mergedStoryIds">Stories just merged into it: their watchers are told too.</param>
    Task StoryChangedAsync(long storyId, IReadOnlyList<long> mergedStoryIds);

    /// <summary>Tells the story's watchers how a "see other sides" search is going.</summary>
    Task DiscoveryProgressAsync(long storyId, int found, bool done);
}
