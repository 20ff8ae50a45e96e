using BiasCompanion.Host.Extraction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BiasCompanion.Tests.Extraction;

public sealed class ExtractionSetupTests
{
    [Fact]
    public void AddExtractionBindsTheConfiguredLimits()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["BiasCompanion:Extraction:MaxPageBytes"] = "500" })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddExtraction();
        using var provider = services.BuildServiceProvider();

        var extractor = provider.GetRequiredService<IArticleExtractor>();

        Assert.Equal("page too large", extractor.Extract("https://x.example/a", Fixtures.JsonLdNewsArticle).Error);
        Assert.Null(extractor.Extract("https://x.example/a", "<html><body><p>short page</p></body></html>").Error);
    }
}
