using System.Net.Http.Json;
using BiasCompanion.Host.Api;
using BiasCompanion.Host.Extraction;
using BiasCompanion.Host.Extraction.WarmUp;
using BiasCompanion.Host.Storage;
using BiasCompanion.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BiasCompanion.Tests.Extraction;

public sealed class ExtractorWarmUpTests
{
    /// <summary>The warm-up only pays if its pages take the whole path a real page takes: metadata, body, classifier.</summary>
    [Fact]
    public void Generated_pages_go_through_the_whole_extraction_path()
    {
        var extractor = new ArticleExtractor();
        var results = WarmUpPages.All().Select(page => extractor.Extract(page.Url, page.Html)).ToList();

        var longArticle = results[0];
        Assert.Null(longArticle.Error);
        Assert.True(longArticle.IsArticle);
        Assert.DoesNotContain("Warmup Times", longArticle.Title);
        Assert.Equal("Jane Writer", longArticle.Byline);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 8, 15, 0, TimeSpan.Zero), longArticle.PublishedAt?.ToUniversalTime());
        Assert.True(longArticle.WordCount > 800, $"{longArticle.WordCount} words");
        Assert.DoesNotContain("All rights reserved", longArticle.Body);
        Assert.True(results[1].IsArticle);
        Assert.False(results[2].IsArticle, "the section front is a listing, not an article");
        var messy = results[4];
        Assert.True(messy.IsArticle);
        Assert.Equal("Sam Reporter", messy.Byline); // the byline shown under the headline outranks a JSON-LD author who is someone else
        Assert.True(messy.WordCount > 1000, $"{messy.WordCount} words");
        Assert.DoesNotContain("3 comments", messy.Body);
    }

    [Fact]
    public async Task The_host_warms_up_after_start_without_storing_anything()
    {
        await using var factory = new BiasCompanionFactory().With("BiasCompanion:Extraction:WarmUpRounds", "2");
        using var client = factory.CreateClient();
        var warmUp = factory.Services.GetRequiredService<ExtractorWarmUp>();

        await warmUp.Finished.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(2 * WarmUpPages.All().Count, warmUp.PagesExtracted);
        Assert.Equal(0L, factory.Services.GetRequiredService<ArticleStore>().Count());
        Assert.True((await client.GetFromJsonAsync<HealthApi.Health>("/api/health"))!.WarmedUp);
    }

    [Fact]
    public async Task Zero_rounds_turns_the_warm_up_off()
    {
        await using var factory = new BiasCompanionFactory();
        using var client = factory.CreateClient();
        var warmUp = factory.Services.GetRequiredService<ExtractorWarmUp>();
        await warmUp.Finished.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(0, warmUp.PagesExtracted);
    }
}
