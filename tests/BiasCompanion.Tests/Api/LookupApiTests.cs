using System.Net;
using System.Net.Http.Json;
using System.Text;
using BiasCompanion.Host.Api;
using BiasCompanion.Host.Coverage;
using BiasCompanion.Tests.Infrastructure;

namespace BiasCompanion.Tests.Api;

/// <summary>POST /api/analyze and the story endpoints, end to end on a real store and the real features.</summary>
public sealed class LookupApiTests : IDisposable
{
    private static readonly DateTimeOffset Saturday = new(2025, 7, 12, 9, 0, 0, TimeSpan.FromHours(9));
    private readonly BiasCompanionFactory _host = new BiasCompanionFactory().With("BiasCompanion:MaxPageBytes", "262144");
    private readonly HttpClient _client;

    public LookupApiTests() => _client = _host.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }

    private static PageCapture Capture(string url, string html) => new(url, null, html, null, null);

    [Fact]
    public async Task An_article_comes_back_as_a_story_with_its_outlet()
    {
        using var response = await _client.PostAsJsonAsync("/api/analyze",
            Capture("https://www.reuters.com/world/asia-pacific/lavrov-kim-2025-07-12/", FixturePages.Lavrov(0, Saturday)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<CoverageReport>())!;
        Assert.True(report.IsArticle);
        Assert.NotNull(report.StoryId);
        Assert.Equal(1, report.ArticleCount);
        Assert.True(report.PageOutlet!.Known);
        Assert.Equal("reuters.com", report.PageOutlet.Domain);
        Assert.NotNull(report.CurrentArticleId);
        Assert.Contains("Lavrov", report.Headline);

        var story = await _client.GetFromJsonAsync<CoverageReport>($"/api/stories/{report.StoryId}");
        Assert.Equal(report.StoryId, story!.StoryId);
        var list = await _client.GetFromJsonAsync<List<CoverageApi.StorySummary>>("/api/stories?limit=10");
        Assert.Contains(list!, s => s.Id == report.StoryId);
    }

    [Fact]
    public async Task A_page_that_is_not_an_article_gets_the_outlet_only()
    {
        using var response = await _client.PostAsJsonAsync("/api/analyze", Capture("https://www.foxnews.com/", FixturePages.HomePage()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<CoverageReport>())!;
        Assert.False(report.IsArticle);
        Assert.Null(report.StoryId);
        Assert.Equal("foxnews.com", report.PageOutlet!.Domain);
        Assert.Equal(0, (await _client.GetFromJsonAsync<HealthApi.Health>("/api/health"))!.Articles);
    }

    [Fact]
    public async Task An_oversized_page_is_refused_with_413_and_the_host_keeps_serving()
    {
        var huge = "<html><body>" + new string('x', 300_000) + "</body></html>";
        using var response = await _client.PostAsJsonAsync("/api/analyze", Capture("https://www.bbc.com/news/x", huge));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var health = await _client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Theory]
    [InlineData("{\"url\": \"https://x.example/a\", \"html\": ")]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    public async Task Malformed_json_is_a_400_problem_saying_what_was_wrong(string body)
    {
        using var response = await _client.PostAsync("/api/analyze", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains("valid page capture", problem);
        Assert.DoesNotContain("   at ", problem); // no stack trace
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public async Task A_capture_with_a_bad_url_is_a_400(string url)
    {
        using var response = await _client.PostAsJsonAsync("/api/analyze", Capture(url, "<p>x</p>"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("url", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_story_is_a_404_problem()
    {
        using var response = await _client.GetAsync("/api/stories/987654");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Concurrent_analyses_of_one_url_store_one_article_in_one_story()
    {
        var capture = Capture("https://www.theguardian.com/world/2025/jul/12/lavrov-kim-wonsan", FixturePages.Lavrov(1, Saturday));
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _client.PostAsJsonAsync("/api/analyze", capture)));

        var reports = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<CoverageReport>()));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(reports.Select(r => r!.StoryId).Distinct());
        Assert.All(reports, r => Assert.Equal(1, r!.ArticleCount));
        Assert.Equal(1, (await _client.GetFromJsonAsync<HealthApi.Health>("/api/health"))!.Articles);
    }

    [Fact]
    public async Task Two_outlets_telling_one_story_share_it()
    {
        using var first = await _client.PostAsJsonAsync("/api/analyze",
            Capture("https://www.reuters.com/world/asia-pacific/lavrov-kim-2025-07-12/", FixturePages.Lavrov(0, Saturday)));
        using var second = await _client.PostAsJsonAsync("/api/analyze",
            Capture("https://www.foxnews.com/world/lavrov-kim-jong-un-wonsan", FixturePages.Lavrov(2, Saturday.AddHours(3))));

        var a = (await first.Content.ReadFromJsonAsync<CoverageReport>())!;
        var b = (await second.Content.ReadFromJsonAsync<CoverageReport>())!;
        Assert.Equal(a.StoryId, b.StoryId);
        Assert.Equal(2, b.ArticleCount);
        Assert.Equal(2, b.OutletCount);
        Assert.Equal("reuters.com", b.FirstReporter!.OutletDomain);
    }
}

public sealed class RestRateLimitTests
{
    [Fact]
    public async Task Lookups_over_the_limit_get_429_with_retry_after()
    {
        using var host = new BiasCompanionFactory().With("BiasCompanion:RateLimit:PerMinute", "2");
        using var client = host.CreateClient();
        var capture = new PageCapture("https://www.foxnews.com/", null, FixturePages.HomePage(), null, null);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last = await client.PostAsJsonAsync("/api/analyze", capture);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last!.Headers.Contains("Retry-After"));
    }
}

public sealed class ImportApiTests
{
    [Fact]
    public async Task A_posted_corpus_is_imported_once_with_bad_lines_reported()
    {
        using var host = new BiasCompanionFactory();
        using var client = host.CreateClient();
        var corpus = string.Join("\n",
            """{"id":"a1","lang":"en","title":"Lavrov meets Kim in Wonsan","text":"Russian Foreign Minister Sergei Lavrov met Kim Jong Un.","date":"2025-07-12","source":"Reuters","url":"https://www.reuters.com/world/lavrov-kim-a1"}""",
            """{"id":"a2","lang":"en","title":"","text":"","date":"2025-07-12"}""",
            "not json",
            """{"id":"a3","lang":"en","title":"Kim receives Lavrov","text":"Kim Jong Un received Sergei Lavrov in Wonsan.","date":"2025-07-12T10:00:00+09:00","source":"Fox News","url":"https://www.foxnews.com/world/kim-lavrov-a3?utm_source=x"}""");

        async Task<CorpusSummary> Post()
        {
            using var response = await client.PostAsync("/api/import?name=test", new StringContent(corpus, System.Text.Encoding.UTF8, "application/x-ndjson"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<CorpusSummary>())!;
        }

        var first = await Post();
        var second = await Post();

        Assert.Equal((4, 2, 0), (first.Lines, first.Added, first.Duplicates));
        Assert.Equal([2L, 3L], first.Rejected.Select(r => r.Line));
        Assert.Equal((2, 0, 2), (second.Lines - 2, second.Added, second.Duplicates));
        Assert.Equal(2, (await client.GetFromJsonAsync<HealthApi.Health>("/api/health"))!.Articles);
    }

    private sealed record CorpusSummary(long Lines, long Added, long Duplicates, List<Rejected> Rejected);
    private sealed record Rejected(long Line, string Reason);
}
