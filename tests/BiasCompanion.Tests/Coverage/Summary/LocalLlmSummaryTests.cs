using System.Net.Http.Json;
using System.Text.Json;
using BiasCompanion.Host.Api;
using BiasCompanion.Host.Coverage;
using BiasCompanion.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BiasCompanion.Tests.Coverage.Summary;

/// <summary>The generative summary against a stub OpenAI-compatible server written here.</summary>
public sealed class LocalLlmSummaryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Saturday = new(2025, 7, 12, 9, 0, 0, TimeSpan.Zero);
    private FixtureWeb _llm = null!;
    private string? _prompt;
    private bool _fail;

    public async Task InitializeAsync() => _llm = await FixtureWeb.StartAsync(app =>
        app.MapPost("/v1/chat/completions", async (HttpContext context) =>
        {
            using var request = await JsonDocument.ParseAsync(context.Request.Body);
            _prompt = request.RootElement.GetProperty("messages")[1].GetProperty("content").GetString();
            if (_fail) return Results.StatusCode(500);
            return Results.Json(new
            {
                choices = new[] { new { message = new { role = "assistant", content = "Lavrov met Kim in Wonsan [1]. An unsupported claim. Ties are deepening [2]." } } },
            });
        }));

    public async Task DisposeAsync() => await _llm.DisposeAsync();

    private BiasCompanionFactory Host(string endpoint) => new BiasCompanionFactory()
        .With("BiasCompanion:Summary:Enabled", "true")
        .With("BiasCompanion:Summary:Model", "stub-model")
        .With("BiasCompanion:Summary:Endpoint", endpoint);

    private static async Task<CoverageReport> Story(HttpClient client)
    {
        await client.PostAsJsonAsync("/api/analyze", new PageCapture("https://www.reuters.com/world/lavrov-kim", null, FixturePages.Lavrov(0, Saturday), null, null));
        using var response = await client.PostAsJsonAsync("/api/analyze",
            new PageCapture("https://www.foxnews.com/world/kim-lavrov", null, FixturePages.Lavrov(2, Saturday.AddHours(2)), null, null));
        return (await response.Content.ReadFromJsonAsync<CoverageReport>())!;
    }

    private static async Task<CoverageReport> Poll(HttpClient client, long storyId, Func<CoverageReport, bool> done)
    {
        CoverageReport report;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        do
        {
            report = (await client.GetFromJsonAsync<CoverageReport>($"/api/stories/{storyId}"))!;
            if (done(report)) break;
            await Task.Delay(100);
        } while (DateTime.UtcNow < deadline);
        return report;
    }

    [Fact]
    public async Task A_summary_grounded_in_the_key_points_arrives_with_every_sentence_linked()
    {
        using var host = Host(_llm.Url("/v1/chat/completions").AbsoluteUri);
        using var client = host.CreateClient();
        var first = await Story(client);
        Assert.True(first.KeyPoints.Count >= 2);

        var report = await Poll(client, first.StoryId!.Value, r => r.Summary is not null);

        Assert.NotNull(report.Summary);
        Assert.Equal("stub-model", report.Summary.Model);
        Assert.Equal(["Lavrov met Kim in Wonsan.", "Ties are deepening."], report.Summary.Sentences.Select(s => s.Text));
        Assert.Equal(report.KeyPoints[0].ArticleIds.Order(), report.Summary.Sentences[0].ArticleIds);
        Assert.Contains($"[1] {report.KeyPoints[0].Text}", _prompt);
    }

    [Fact]
    public async Task A_failing_server_leaves_the_key_points_as_the_summary()
    {
        _fail = true;
        using var host = Host(_llm.Url("/v1/chat/completions").AbsoluteUri);
        using var client = host.CreateClient();
        var first = await Story(client);

        var report = await Poll(client, first.StoryId!.Value, _ => _prompt is not null);
        await Task.Delay(300);
        report = (await client.GetFromJsonAsync<CoverageReport>($"/api/stories/{first.StoryId}"))!;

        Assert.NotNull(_prompt);
        Assert.Null(report.Summary);
        Assert.NotEmpty(report.KeyPoints);
    }

    [Fact]
    public async Task An_endpoint_off_this_machine_is_never_called()
    {
        using var host = Host("http://llm.example.com/v1/chat/completions");
        using var client = host.CreateClient();
        var first = await Story(client);
        await Task.Delay(300);

        Assert.Null((await client.GetFromJsonAsync<CoverageReport>($"/api/stories/{first.StoryId}"))!.Summary);
        Assert.Null(_prompt);
    }
}
