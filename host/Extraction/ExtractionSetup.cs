using BiasCompanion.Host.Extraction.WarmUp;
using Microsoft.Extensions.Options;

namespace BiasCompanion.Host.Extraction;

public static class ExtractionSetup
{
    /// <summary>Registers the article extractor and its options (section <c>BiasCompanion:Extraction</c>).</summary>
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        services.AddOptions<ExtractionOptions>().BindConfiguration(ExtractionOptions.SectionName);
        services.AddSingleton<IArticleExtractor>(sp => new ArticleExtractor(sp.GetRequiredService<IOptions<ExtractionOptions>>().Value));
        services.AddSingleton<ExtractorWarmUp>();
        services.AddHostedService(sp => sp.GetRequiredService<ExtractorWarmUp>());
        return services;
    }
}
