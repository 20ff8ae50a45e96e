using BiasCompanion.Host.Hosting;
using Microsoft.Extensions.Options;

namespace BiasCompanion.Host.Security;

public static class SecuritySetup
{
    public const string NewPairingCodeSwitch = "--new-pairing-code";

    /// <summary>Registers the pairing token (created on first start; rotated when <paramref name="rotate"/>).</summary>
    public static IServiceCollection AddLocalApiSecurity(this IServiceCollection services, IConfiguration configuration, bool rotate)
    {
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.Section));
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<BiasCompanionOptions>>().Value;
            return PairingToken.LoadOrCreate(options.ResolveDataDir(), rotate);
        });
        services.AddSingleton<AllowedOrigins>();
        return services;
    }

    /// <summary>Prints where the host listens and the pairing code, once it is ready.</summary>
    public static void PrintPairingBannerOnStart(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var token = app.Services.GetRequiredService<PairingToken>();
            var options = app.Services.GetRequiredService<IOptions<BiasCompanionOptions>>().Value;
            var urls = string.Join(", ", app.Urls);
            Console.WriteLine($"""

                BiasCompanion host is running at {urls}
                  data folder:  {options.ResolveDataDir()}
                  pairing code: {token.Code}
                (paste the code in the extension's options, or open the address above to pair this browser)

                """);
        });
    }
}
