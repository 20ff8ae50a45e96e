using BiasCompanion.Host.Hosting;
using Microsoft.Extensions.Options;

namespace BiasCompanion.Host.Storage;

public static class StorageSetup
{
    /// <summary>"BiasCompanion:Storage:BusyTimeoutSeconds": how long a write waits for a lock another program holds.</summary>
    public const string BusyTimeoutKey = $"{BiasCompanionOptions.Section}:Storage:BusyTimeoutSeconds";

    /// <summary>Registers the SQLite store of the configured data folder, migrated before first use.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<BiasCompanionOptions>>().Value;
            var busy = provider.GetRequiredService<IConfiguration>().GetValue(BusyTimeoutKey, SqliteDatabase.DefaultBusyTimeout.TotalSeconds);
            var database = SqliteDatabase.InFolder(options.ResolveDataDir(), TimeSpan.FromSeconds(busy));
            database.Initialize();
            if (database.Health.Current is { } failure)
                provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StorageSetup))
                    .LogError("{Title}: {Detail} ({File})", failure.Title, failure.Detail, database.FilePath);
            return database;
        });
        services.AddSingleton(provider => provider.GetRequiredService<SqliteDatabase>().Health);
        services.AddSingleton<ArticleStore>();
        return services;
    }
}
