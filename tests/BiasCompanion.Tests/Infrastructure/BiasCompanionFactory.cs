using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BiasCompanion.Tests.Infrastructure;

/// <summary>The host in-process, on its own temporary data folder (a real SQLite file).</summary>
public class BiasCompanionFactory : WebApplicationFactory<Program>
{
    public TempDataDir Data { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("BiasCompanion:DataDir", Data.Path);
        builder.UseEnvironment("Development");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Data.Dispose();
    }
}
