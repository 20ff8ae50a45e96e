using System.Net;
using BiasCompanion.Host.Ingestion.Fetching;
using BiasCompanion.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BiasCompanion.Tests.Ingestion;

public sealed class SafeFetcherTests : IAsyncLifetime
{
    private FixtureWeb _web = null!;

    public async Task InitializeAsync() => _web = await FixtureWeb.StartAsync(app =>
    {
        app.MapGet("/feed.xml", (HttpContext c) =>
        {
            if (c.Request.Headers.IfNoneMatch == "\"v1\"") return Results.StatusCode(304);
            c.Response.Headers.ETag = "\"v1\"";
            return Results.Text("<rss><channel></channel></rss>", "application/rss+xml");
        });
        app.MapGet("/huge", async (HttpContext c) =>
        {
            c.Response.ContentType = "text/html";
            var chunk = new byte[1 << 20];
            for (var i = 0; i < 50 && !c.RequestAborted.IsCancellationRequested; i++) await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
        });
        app.MapGet("/drip", async (HttpContext c) =>
        {
            c.Response.ContentType = "text/html";
            for (var i = 0; i < 100 && !c.RequestAborted.IsCancellationRequested; i++)
            {
                await c.Response.Body.WriteAsync("x"u8.ToArray(), c.RequestAborted);
                await c.Response.Body.FlushAsync(c.RequestAborted);
                await Task.Delay(100, c.RequestAborted);
            }
        });
        app.MapGet("/to-metadata", () => Results.Redirect("http://169.254.169.254/latest/meta-data/"));
        app.MapGet("/to-private", () => Results.Redirect("http://10.0.0.1/admin"));
        app.MapGet("/to-file", () => Results.Redirect("file:///etc/passwd"));
        app.MapGet("/loop", () => Results.Redirect("/loop"));
        app.MapGet("/hop", () => Results.Redirect("/feed.xml"));
        app.MapGet("/image", () => Results.Bytes([1, 2, 3], "image/png"));
        app.MapGet("/busy", (HttpContext c) => { c.Response.Headers.RetryAfter = "120"; return Results.StatusCode(429); });
    });

    public async Task DisposeAsync() => await _web.DisposeAsync();

    private static SafeFetcher Fetcher(bool allowLoopback = true, int timeoutSeconds = 5) =>
        new(Options.Create(new FetchOptions { AllowLoopback = allowLoopback, TimeoutSeconds = timeoutSeconds, MaxResponseBytes = 1 << 20, MinHostIntervalMilliseconds = 0 }));

    [Fact]
    public async Task A_feed_comes_back_with_its_validators_and_the_projects_user_agent()
    {
        using var fetcher = Fetcher();
        var result = await fetcher.FetchAsync(_web.Url("/feed.xml"), FetchKind.Feed);

        Assert.True(result.Ok, result.Error);
        Assert.Equal("\"v1\"", result.ETag);
        Assert.Contains("BiasCompanion", _web.Requests.Last().Headers["User-Agent"]);
    }

    [Fact]
    public async Task A_conditional_get_gets_not_modified()
    {
        using var fetcher = Fetcher();
        var result = await fetcher.FetchAsync(_web.Url("/feed.xml"), FetchKind.Feed, etag: "\"v1\"");
        Assert.True(result.NotModified);
        Assert.Empty(result.Body);
    }

    [Fact]
    public async Task A_50_MiB_body_is_cut_off_at_the_limit()
    {
        using var fetcher = Fetcher();
        var result = await fetcher.FetchAsync(_web.Url("/huge"), FetchKind.Page);
        Assert.Contains("larger than", result.Error);
        Assert.Empty(result.Body);
    }

    [Fact]
    public async Task A_slow_drip_body_times_out()
    {
        using var fetcher = Fetcher(timeoutSeconds: 2);
        var result = await fetcher.FetchAsync(_web.Url("/drip"), FetchKind.Page);
        Assert.Contains("timed out", result.Error);
    }

    [Theory]
    [InlineData("/to-metadata", "169.254.169.254")]
    [InlineData("/to-private", "10.0.0.1")]
    public async Task A_redirect_to_a_private_address_is_refused_before_connecting(string path, string address)
    {
        using var fetcher = Fetcher();
        var result = await fetcher.FetchAsync(_web.Url(path), FetchKind.Page);
        Assert.Contains("refused", result.Error);
        Assert.Contains(address, result.Error);
    }

    [Fact]
    public async Task Loopback_is_refused_unless_configured()
    {
        using var fetcher = Fetcher(allowLoopback: false);
        var result = await fetcher.FetchAsync(_web.Url("/feed.xml"), FetchKind.Feed);
        Assert.Contains("refused", result.Error);
        Assert.Equal(0, _web.CountRequests("/feed.xml"));
    }

    [Fact]
    public async Task Non_http_schemes_are_refused_also_after_a_redirect()
    {
        using var fetcher = Fetcher();
        Assert.Contains("scheme", (await fetcher.FetchAsync(new Uri("file:///etc/passwd"), FetchKind.Page)).Error);
        Assert.Contains("scheme", (await fetcher.FetchAsync(_web.Url("/to-file"), FetchKind.Page)).Error);
    }

    [Fact]
    public async Task Redirects_are_followed_and_limited()
    {
        using var fetcher = Fetcher();
        var hop = await fetcher.FetchAsync(_web.Url("/hop"), FetchKind.Feed);
        Assert.True(hop.Ok, hop.Error);
        Assert.Equal(_web.Url("/feed.xml"), hop.FinalUrl);
        Assert.Contains("redirects", (await fetcher.FetchAsync(_web.Url("/loop"), FetchKind.Feed)).Error);
    }

    [Fact]
    public async Task A_page_must_be_html()
    {
        using var fetcher = Fetcher();
        Assert.Contains("content type", (await fetcher.FetchAsync(_web.Url("/image"), FetchKind.Page)).Error);
    }

    [Fact]
    public async Task Retry_after_is_reported_with_429()
    {
        using var fetcher = Fetcher();
        var result = await fetcher.FetchAsync(_web.Url("/busy"), FetchKind.Feed);
        Assert.Equal(HttpStatusCode.TooManyRequests, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);
    }

    [Theory]
    [InlineData("127.0.0.1", AddressPolicy.Kind.Loopback)]
    [InlineData("::1", AddressPolicy.Kind.Loopback)]
    [InlineData("10.1.2.3", AddressPolicy.Kind.NonPublic)]
    [InlineData("172.20.0.1", AddressPolicy.Kind.NonPublic)]
    [InlineData("192.168.1.1", AddressPolicy.Kind.NonPublic)]
    [InlineData("169.254.169.254", AddressPolicy.Kind.NonPublic)]
    [InlineData("100.64.0.1", AddressPolicy.Kind.NonPublic)]
    [InlineData("0.0.0.0", AddressPolicy.Kind.NonPublic)]
    [InlineData("fe80::1", AddressPolicy.Kind.NonPublic)]
    [InlineData("fd00::1", AddressPolicy.Kind.NonPublic)]
    [InlineData("::ffff:10.0.0.1", AddressPolicy.Kind.NonPublic)]
    [InlineData("::ffff:127.0.0.1", AddressPolicy.Kind.Loopback)]
    [InlineData("2002:0a00:0001::1", AddressPolicy.Kind.NonPublic)]
    [InlineData("93.184.216.34", AddressPolicy.Kind.Public)]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946", AddressPolicy.Kind.Public)]
    public void Addresses_are_classified(string address, AddressPolicy.Kind kind) =>
        Assert.Equal(kind, AddressPolicy.Classify(IPAddress.Parse(address)));
}
