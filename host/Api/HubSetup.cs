using BiasCompanion.Host.Coverage;
using BiasCompanion.Host.Hosting;

namespace BiasCompanion.Host.Api;

public static class HubSetup
{
    /// <summary>SignalR with a message limit that fits the largest accepted page; larger messages close the connection.</summary>
    public static IServiceCollection AddCoverageHub(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSignalR(hub =>
        {
            hub.MaximumReceiveMessageSize = RequestLimits.MaxRequestBodyBytes(configuration);
            hub.EnableDetailedErrors = false;
        });
        services.AddSingleton<AnalyzeRateLimiter>();
        services.AddSingleton<StoryWatchers>();
        services.AddSingleton<ICoverageNotifier, HubCoverageNotifier>();
        return services;
    }
}
