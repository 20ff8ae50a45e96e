using System.Collections.Concurrent;

namespace BiasCompanion.Host.Coverage;

/// <summary>The discovery status of each story, written by discovery and read into every report.</summary>
public sealed class DiscoveryBoard
{
    private readonly ConcurrentDictionary<long, DiscoveryStatus> _status = new();

    /// <summary>False when no search provider is configured: the report then says "unavailable".</summary>
    public bool Available { get; set; }

    public DiscoveryStatus Get(long storyId) =>
        _status.TryGetValue(storyId, out var status) ? status : new DiscoveryStatus(Available ? "idle" : "unavailable");

    public void Set(long storyId, DiscoveryStatus status) => _status[storyId] = status;
}

/// <summary>Starts a "see other sides" search for a story (implemented by ingestion).</summary>
public interface IDiscoveryLauncher
{
    /// <summary>Starts (or joins the running) discovery for the story; returns at once.</summary>
    DiscoveryStatus Start(long storyId);

    /// <summary>Starts discovery when the story has fewer outlets than configured and discovery is on.</summary>
    void StartIfThin(CoverageReport report);
}
