using BiasCompanion.Host.Api;
using BiasCompanion.Host.Coverage;
using BiasCompanion.Host.Extraction;
using BiasCompanion.Host.History;
using BiasCompanion.Host.Ingestion;
using BiasCompanion.Host.Outlets;
using BiasCompanion.Host.Security;
using BiasCompanion.Host.Storage;
using BiasCompanion.Host.Stories;

namespace BiasCompanion.Host.Hosting;

public static class ServiceRegistration
{
    /// <summary>Every feature's services: the same set for the web host and for the command-line tools.</summary>
    public static WebApplicationBuilder AddBiasCompanionServices(this WebApplicationBuilder builder, bool rotatePairingCode = false)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddStorage();
        services.AddStorageErrorMapping();
        services.AddOutlets();
        services.AddExtraction();
        services.AddStories();
        services.AddLocalApiSecurity(configuration, rotatePairingCode);
        services.AddApiRateLimits(configuration);
        services.AddCoverage(configuration);
        services.AddCoverageHub(configuration);
        services.AddSingleton<ReadingHistory>();
        services.AddSingleton<DietReportBuilder>();
        services.AddIngestion(configuration);
        return builder;
    }

    /// <summary>The host's services without its web server, for a command-line tool working on the same data folder.</summary>
    public static WebApplication BuildForCommandLine(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, EnvironmentName = "Production" });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddBiasCompanionConfiguration(args);
        builder.AddBiasCompanionServices();
        return builder.Build();
    }
}
