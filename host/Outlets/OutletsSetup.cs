using BiasCompanion.Host.Outlets.Import;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BiasCompanion.Host.Outlets;

public static class OutletsSetup
{
    /// <summary>Registers the outlet registry (shipped file + the user's data in the SQLite store), importer and editor.</summary>
    public static IServiceCollection AddOutlets(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => PublicSuffixes.LoadEmbedded());
        services.AddSingleton(_ => ShippedOutletFile.LoadEmbedded());
        services.AddSingleton<OutletUserStore>();
        services.AddSingleton(provider => new OutletRegistry(
            provider.GetRequiredService<ShippedOutletFile>(),
            provider.GetRequiredService<PublicSuffixes>(),
            provider.GetRequiredService<OutletUserStore>()));
        services.AddSingleton<IOutletRegistry>(provider => provider.GetRequiredService<OutletRegistry>());
        services.AddSingleton<OutletImporter>();
        services.AddSingleton<OutletEditor>();
        return services;
    }
}
