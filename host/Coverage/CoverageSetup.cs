using BiasCompanion.Host.Coverage.KeyPoints;
using BiasCompanion.Host.Coverage.Summary;

namespace BiasCompanion.Host.Coverage;

public static class CoverageSetup
{
    public static IServiceCollection AddCoverage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CoverageOptions>(configuration.GetSection(CoverageOptions.Section));
        services.AddSingleton<DiscoveryBoard>();
        services.AddSingleton<MergedStories>();
        services.AddSingleton<CoverageReportBuilder>();
        services.AddSingleton<ArticleIntake>();
        services.AddSingleton<CoverageLookup>();
        services.AddKeyPoints();
        services.Configure<SummaryOptions>(configuration.GetSection(SummaryOptions.Section));
        services.AddSingleton<LocalLlmSummaries>();
        return services;
    }
}
