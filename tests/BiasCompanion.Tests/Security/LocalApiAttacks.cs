using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using BiasCompanion.Host.Api;
using BiasCompanion.Host.Coverage;
using BiasCompanion.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace BiasCompanion.Tests.Security;

/// <summary>
/// Attacks on the local API from web pages, over real sockets, against a host given by the concrete class: the host
/// in-process on Kestrel (<see cref="LocalApiGuardTests"/>) and the packaged binary <c>scripts/run</c> starts
/// (<see cref="PackagedHostSecurityTests"/>).
/// </summary>
public abstract class LocalApiAttacks : IDisposable
{
    private readonly ILocalApiTarget _host;
    private readonly HttpClient _raw = new() { Timeout = TimeSpan.FromMinutes(2) };

    protected LocalApiAttacks(ILocalApiTarget host)
    {
        _host = host;
        _raw.BaseAddress = host.Address;
    }

    public void Dispose()
    {
        _raw.Dispose();
        GC.SuppressFinalize(this);
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

        // The listening socket is bound to 127.0.0.1, not to every address: this machine's other addresses refuse.
        Assert.Equal(new[] { IPAddress.Loopback }, ListeningSockets.BoundAddresses(_host.Address.Port));
        foreach (var address in ListeningSockets.NonLoopbackAddresses())
        {
            using var tcp = new System.Net.Sockets.TcpClient(address.AddressFamily);
            var error = await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(() => tcp.ConnectAsync(address, _host.Address.Port));
            Assert.Equal(System.Net.Sockets.SocketError.ConnectionRefused, error.SocketErrorCode);
        }
    }

    [Theory]
    [InlineData(6 * 1024 * 1024)] // over the 5 MiB page limit: the lookup refuses it
    [InlineData(11 * 1024 * 1024)] // over the request body limit (twice the page limit + 64 KiB): Kestrel refuses it
    public async Task An_oversized_page_is_refused_with_413_and_the_host_keeps_serving(int htmlBytes)
    {
        var post = Request(HttpMethod.Post, "/api/analyze", token: _host.PairingCode);
        var html = "<html><body><p>" + new string('x', htmlBytes) + "</p></body></html>";
        post.Content = JsonContent.Create(new { url = "https://www.bbc.com/news/oversized", html });
        using (var response = await _raw.SendAsync(post))
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);

        using var health = await _raw.SendAsync(Request(HttpMethod.Get, "/api/health", token: _host.PairingCode));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
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
        using var response = await _raw.SendAsync(Request(HttpMethod.Get, "/api/health", $"chrome-extension://{_host.OwnExtensionId}"));
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
    public async Task A_hub_message_over_the_limit_closes_only_that_connection_and_the_host_keeps_serving()
    {
        await using var client = Hub();
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        await client.StartAsync();
        var beyondLimit = new string('y', 11 * 1024 * 1024); // the message limit is twice the 5 MiB page limit + 64 KiB

        _ = client.InvokeAsync<CoverageReport>("Analyze", new PageCapture("https://www.bbc.com/news/x", null, beyondLimit, null, null));
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await using var next = Hub();
        await next.StartAsync();
        var report = await next.InvokeAsync<CoverageReport>("Analyze",
            new PageCapture("https://www.foxnews.com/", null, "<html><body><p>Home</p></body></html>", null, null));
        Assert.False(report.IsArticle);
    }

    private HubConnection Hub() =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(_host.Address, CoverageHub.Path), HttpTransportType.WebSockets, options =>
            {
                options.SkipNegotiation = true;
                options.AccessTokenProvider = () => Task.FromResult<string?>(_host.PairingCode);
            })
            .Build();

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
