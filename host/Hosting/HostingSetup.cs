using System.Net;

namespace BiasCompanion.Host.Hosting;

public static class HostingSetup
{
    /// <summary>
    /// Adds the short command-line switches (--data-dir, --port) and the BIASCOMPANION_DATA_DIR /
    /// BIASCOMPANION_PORT environment variables on top of the usual configuration sources.
    /// </summary>
    public static void AddBiasCompanionConfiguration(this WebApplicationBuilder builder, string[] args)
    {
        var fromEnvironment = new Dictionary<string, string?>();
        if (Environment.GetEnvironmentVariable("BIASCOMPANION_DATA_DIR") is { Length: > 0 } dir)
            fromEnvironment[$"{BiasCompanionOptions.Section}:DataDir"] = dir;
        if (Environment.GetEnvironmentVariable("BIASCOMPANION_PORT") is { Length: > 0 } port)
            fromEnvironment[$"{BiasCompanionOptions.Section}:Port"] = port;
        builder.Configuration.AddInMemoryCollection(fromEnvironment);

        builder.Configuration.AddCommandLine(args, new Dictionary<string, string>
        {
            ["--data-dir"] = $"{BiasCompanionOptions.Section}:DataDir",
            ["--port"] = $"{BiasCompanionOptions.Section}:Port",
        });
        builder.Services.Configure<BiasCompanionOptions>(builder.Configuration.GetSection(BiasCompanionOptions.Section));
    }

    /// <summary>Binds Kestrel to 127.0.0.1 on the configured port; the local API is never exposed to the network.</summary>
    public static void ListenOnConfiguredLoopbackPort(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(BiasCompanionOptions.Section).Get<BiasCompanionOptions>()
                      ?? new BiasCompanionOptions();
        if (options.Port is < 0 or > 65535)
            throw new InvalidOperationException($"Port {options.Port} is outside 0..65535.");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
    }
}
