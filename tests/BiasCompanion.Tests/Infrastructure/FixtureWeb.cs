using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BiasCompanion.Tests.Infrastructure;

/// <summary>A small web of feeds and pages on a free 127.0.0.1 port, with the faults the real web has.</summary>
public sealed class FixtureWeb : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FixtureWeb(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Requests seen, by path (for politeness assertions).</summary>
    public List<(string Path, DateTimeOffset At, Dictionary<string, string> Headers)> Requests { get; } = [];

    public Uri Url(string path) => new(Address, path);

    public static async Task<FixtureWeb> StartAsync(Action<WebApplication> routes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        FixtureWeb? web = null;
        app.Use(async (context, next) =>
        {
            lock (web!.Requests) web.Requests.Add((context.Request.Path.Value ?? "", DateTimeOffset.UtcNow,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            await next(context);
        });
        routes(app);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        web = new FixtureWeb(app, address);
        return web;
    }

    public int CountRequests(string path)
    {
        lock (Requests) return Requests.Count(r => r.Path == path);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
