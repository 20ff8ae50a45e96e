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

    /// <summary>
    /// Binds Kestrel to the configured address and port: 127.0.0.1 by default. A non-loopback address is refused
    /// unless AllowNonLoopback is set, and then it is logged as a warning at start.
    /// </summary>
    public static void ListenOnConfiguredLoopbackPort(this WebApplicationBuilder builder)
    {
        // Read when Kestrel starts, so that settings added after this call (tests, hosting layers) count.
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            var options = context.Configuration.GetSection(BiasCompanionOptions.Section).Get<BiasCompanionOptions>()
                          ?? new BiasCompanionOptions();
            if (options.Port is < 0 or > 65535)
                throw new InvalidOperationException($"Port {options.Port} is outside 0..65535.");
            if (!IPAddress.TryParse(options.ListenAddress, out var address))
                throw new InvalidOperationException($"ListenAddress '{options.ListenAddress}' is not an IP address.");
            if (!IPAddress.IsLoopback(address) && !options.AllowNonLoopback)
                throw new InvalidOperationException(
                    $"Refusing to listen on {address}: the local API exposes your reading history. " +
                    "Set BiasCompanion:AllowNonLoopback=true to do it anyway.");
            kestrel.Listen(address, options.Port);
            kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxRequestBodyBytes(context.Configuration);
        });
    }

    public static void WarnIfExposed(this WebApplication app)
    {
        var options = app.Configuration.GetSection(BiasCompanionOptions.Section).Get<BiasCompanionOptions>()
                      ?? new BiasCompanionOptions();
        if (IPAddress.TryParse(options.ListenAddress, out var address) && !IPAddress.IsLoopback(address))
            app.Logger.LogWarning("Listening on the non-loopback address {Address}: other machines can reach the API (the pairing token is still required).", address);
    }
}
