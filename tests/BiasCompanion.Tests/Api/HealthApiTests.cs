using System.Net.Http.Json;
using BiasCompanion.Host.Api;
using BiasCompanion.Tests.Infrastructure;

namespace BiasCompanion.Tests.Api;

public class HealthApiTests
{
    [Fact]
    public async Task Health_reports_ok_and_creates_the_database_in_the_data_folder()
    {
        using var factory = new BiasCompanionFactory();
        using var client = factory.CreateClient();

        var health = await client.GetFromJsonAsync<HealthApi.Health>("/api/health");

        Assert.Equal("ok", health!.Status);
        Assert.Equal(0, health.Articles);
        Assert.True(File.Exists(Path.Combine(factory.Data.Path, "biascompanion.db")));
    }
}
