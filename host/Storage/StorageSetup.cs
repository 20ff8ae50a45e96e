using BiasCompanion.Host.Hosting;
using Microsoft.Extensions.Options;

namespace BiasCompanion.Host.Storage;

public static class StorageSetup
{
    /// <summary>Registers the SQLite store of the configured data folder, migrated before first use.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<BiasCompanionOptions>>().Value;
            var database = SqliteDatabase.InFolder(options.ResolveDataDir());
            database.Initialize();
            return database;
        });
        services.AddSingleton<ArticleStore>();
        return services;
    }
}
