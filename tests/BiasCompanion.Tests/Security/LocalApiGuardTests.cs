using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using BiasCompanion.Tests.Infrastructure;

namespace BiasCompanion.Tests.Security;

/// <summary>Attacks on the local API from web pages, over a real Kestrel on a free loopback port.</summary>
public sealed class LocalApiGuardTests : IClassFixture<LocalApiGuardTests.Host>
{
    public sealed class Host : KestrelHostFactory;

    private readonly Host _host;
    private readonly HttpClient _raw = new();

    public LocalApiGuardTests(Host host)
    {
        _host = host;
        _raw.BaseAddress = host.Address;
    }

    private HttpRequestMessage Request(HttpMethod method, string path, string? origin = null, string? token = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (origin is not null) request.Headers.Add("Origin", origin);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    [Fact]
    public async Task Kestrel_listens_on_loopback_only()
    {
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(_host.Address.Host)));
        using var response = await _raw.SendAsync(Request(HttpMethod.Get, "/api/health", token: _host.PairingCode));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("http://news.example")]
    [InlineData("null")]
    [InlineData("http://localhost:1")] // a page served by another local server
    public async Task A_web_page_origin_is_refused_even_with_the_token(string origin)
    {
        using var response = await _raw.SendAsync(Request(HttpMethod.Get, "/api/health", origin, _host.PairingCode));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_cors_preflight_from_a_web_page_gets_no_grant()
    {
        var preflight = Request(HttpMethod.Options, "/api/analyze", "https://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        using var response = await _raw.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_simple_text_plain_post_from_a_web_page_is_refused()
    {
        var post = Request(HttpMethod.Post, "/api/analyze", "https://evil.example");
        post.Content = new StringContent("""{"url":"https://x.example/a","html":"<p>x</p>"}""", Encoding.UTF8, "text/plain");
        using var response = await _raw.SendAsync(post);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_form_post_from_a_web_page_to_the_pairing_form_is_refused()
    {
        var post = Request(HttpMethod.Post, "/pair", "https://evil.example");
        post.Content = new FormUrlEncodedContent([new("code", _host.PairingCode)]);
        using var response = await _raw.SendAsync(post);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:5780")]
    [InlineData("127.0.0.1.evil.example")]
    [InlineData("localhost.evil.example")]
    public async Task A_rebinding_host_header_is_refused_with_400(string hostHeader)
    {
        var request = Request(HttpMethod.Get, "/api/health", token: _host.PairingCode);
        request.Headers.Host = hostHeader;
        using var response = await _raw.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task Loopback_host_names_pass(string name)
    {
        var request = Request(HttpMethod.Get, "/api/health", token: _host.PairingCode);
        request.Headers.Host = $"{name}:{_host.Address.Port}";
        using var response = await _raw.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Without_origin_the_token_is_required()
    {
        using var none = await _raw.SendAsync(Request(HttpMethod.Get, "/api/health"));
        using var wrong = await _raw.SendAsync(Request(HttpMethod.Get, "/api/health", token: "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"));
        using var right = await _raw.SendAsync(Request(HttpMethod.Get, "/api/health", token: _host.PairingCode));

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task The_projects_own_extension_origin_needs_no_token()
    {
        using var response = await _raw.SendAsync(Request(HttpMethod.Get, "/api/health", $"chrome-extension://{BiasCompanionFactory.OwnExtensionId}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/health", "none", "cors", HttpStatusCode.OK)]
    [InlineData("/api/outlets/bbc.co.uk", "none", "cors", HttpStatusCode.OK)]
    [InlineData("/api/history/export", "none", "cors", HttpStatusCode.Unauthorized)] // the reader's own data: never
    [InlineData("/api/stories?limit=5", "none", "cors", HttpStatusCode.Unauthorized)]
    [InlineData("/api/health", "cross-site", "cors", HttpStatusCode.Unauthorized)]
    [InlineData("/api/health", "none", "navigate", HttpStatusCode.Unauthorized)]
    public async Task An_extension_get_without_origin_reads_only_public_data(string path, string site, string mode, HttpStatusCode expected)
    {
        var request = Request(HttpMethod.Get, path);
        request.Headers.Add("Sec-Fetch-Site", site);
        request.Headers.Add("Sec-Fetch-Mode", mode);
        using var response = await _raw.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Another_extension_is_refused_until_it_pairs_with_the_token()
    {
        const string firefox = "moz-extension://0f6c1a3e-9d2b-4c55-8e1a-6b7f2d9c0a11";
        using var before = await _raw.SendAsync(Request(HttpMethod.Get, "/api/health", firefox));
        using var pair = await _raw.SendAsync(Request(HttpMethod.Post, "/api/pairing", firefox, _host.PairingCode));
        using var after = await _raw.SendAsync(Request(HttpMethod.Get, "/api/health", firefox));

        Assert.Equal(HttpStatusCode.Unauthorized, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, pair.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task The_hosts_own_page_pairs_with_a_strict_http_only_cookie()
    {
        var own = $"http://127.0.0.1:{_host.Address.Port}";
        using var page = await _raw.SendAsync(Request(HttpMethod.Get, "/"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Pairing code", await page.Content.ReadAsStringAsync());

        using var withoutCookie = await _raw.SendAsync(Request(HttpMethod.Get, "/api/health", own));
        Assert.Equal(HttpStatusCode.Unauthorized, withoutCookie.StatusCode);

        var wrongForm = Request(HttpMethod.Post, "/pair", own);
        wrongForm.Content = new FormUrlEncodedContent([new("code", "nope")]);
        using var wrong = await _raw.SendAsync(wrongForm);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);

        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = _host.Address };
        var form = Request(HttpMethod.Post, "/pair", own);
        form.Content = new FormUrlEncodedContent([new("code", _host.PairingCode)]);
        using var paired = await noRedirects.SendAsync(form);
        var cookie = Assert.Single(paired.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        var withCookie = Request(HttpMethod.Get, "/api/health", own);
        withCookie.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var ok = await noRedirects.SendAsync(withCookie);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task A_websocket_upgrade_from_a_web_page_is_refused_even_with_the_token()
    {
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Origin", "https://evil.example");
        var uri = new UriBuilder(_host.Address) { Scheme = "ws", Path = "/hubs/coverage", Query = $"access_token={_host.PairingCode}" }.Uri;

        var error = await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(uri, CancellationToken.None));
        Assert.Contains("403", error.Message);
    }

    [Fact]
    public async Task A_websocket_upgrade_without_origin_or_token_is_refused()
    {
        using var socket = new ClientWebSocket();
        var uri = new UriBuilder(_host.Address) { Scheme = "ws", Path = "/hubs/coverage" }.Uri;

        var error = await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(uri, CancellationToken.None));
        Assert.Contains("401", error.Message);
    }

    [Fact]
    public async Task The_openapi_document_is_served_to_paired_clients()
    {
        using var response = await _raw.SendAsync(Request(HttpMethod.Get, "/openapi/v1.json", token: _host.PairingCode));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/api/analyze", await response.Content.ReadAsStringAsync());
    }
}
