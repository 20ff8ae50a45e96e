using BiasCompanion.Host.Coverage;
using BiasCompanion.Host.Ingestion.Discovery;
using BiasCompanion.Host.Ingestion.Fetching;

namespace BiasCompanion.Host.Ingestion;

public static class IngestionSetup
{
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IngestionOptions>(configuration.GetSection(IngestionOptions.Section));
        services.Configure<FetchOptions>(configuration.GetSection(FetchOptions.Section));
        services.AddSingleton<SafeFetcher>();
        services.AddSingleton<FeedStateStore>();
        services.AddSingleton<FeedItemIngestor>();
        services.AddSingleton<CorpusImporter>();
        services.AddSingleton<FeedPoller>();
        services.AddHostedService(provider => provider.GetRequiredService<FeedPoller>());
        services.Configure<DiscoveryOptions>(configuration.GetSection(DiscoveryOptions.Section));
        services.AddSingleton<DiscoveryService>();
        services.AddSingleton<IDiscoveryLauncher>(provider => provider.GetRequiredService<DiscoveryService>());
        return services;
    }
}
