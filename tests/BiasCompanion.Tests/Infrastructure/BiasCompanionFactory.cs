using BiasCompanion.Host.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BiasCompanion.Tests.Infrastructure;

/// <summary>
/// The host in-process, on its own temporary data folder (a real SQLite file). <see cref="CreateClient"/> clients
/// carry the pairing token; <see cref="CreateAnonymousClient"/> clients carry nothing.
/// </summary>
public class BiasCompanionFactory : WebApplicationFactory<Program>
{
    public const string OwnExtensionId = "abcdefghijklmnopabcdefghijklmnop";

    private readonly Dictionary<string, string?> _settings = new();

    public TempDataDir Data { get; } = new();

    public BiasCompanionFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public string PairingCode => Services.GetRequiredService<PairingToken>().Code;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("BiasCompanion:DataDir", Data.Path);
        builder.UseSetting("BiasCompanion:Security:ExtensionIds:0", OwnExtensionId);
        builder.UseSetting("BiasCompanion:Ingestion:Enabled", "false");
        builder.UseSetting("BiasCompanion:Extraction:WarmUpRounds", "0");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new("Bearer", PairingCode);
    }

    public HttpClient CreateAnonymousClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Data.Dispose();
    }
}

/// <summary>The same host on a real Kestrel listening on a free 127.0.0.1 port.</summary>
public class KestrelHostFactory : BiasCompanionFactory
{
    public KestrelHostFactory()
    {
        With("BiasCompanion:Port", "0");
        UseKestrel();
    }

    /// <summary>Starts the server (once) and returns its address, e.g. http://127.0.0.1:41234.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            return new Uri(addresses.Addresses.First());
        }
    }
}
