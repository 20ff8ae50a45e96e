using BiasCompanion.Host.Coverage;

namespace BiasCompanion.Host.Api;

/// <summary>What the host pushes to a connected extension.</summary>
public interface ICoverageClient
{
    Task CoverageUpdated(CoverageReport report);

    Task DiscoveryProgress(long storyId, int found, bool done);
}
