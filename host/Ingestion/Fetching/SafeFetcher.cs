using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace BiasCompanion.Host.Ingestion.Fetching;

public enum FetchKind { Feed, Page }

/// <summary>
/// The host's only door to the web: http/https only, every connection's address checked after DNS resolution
/// (redirects included), redirects limited and re-checked, response size and total time bounded (slow-drip bodies
/// included), content type checked, a User-Agent naming the project.
/// </summary>
public sealed class SafeFetcher : IDisposable
{
    private readonly FetchOptions _options;
    private readonly HttpClient _client;
    private readonly HostPacer _pacer;

    public SafeFetcher(IOptions<FetchOptions> options, TimeProvider? clock = null)
    {
        _options = options.Value;
        _pacer = new HostPacer(TimeSpan.FromMilliseconds(_options.MinHostIntervalMilliseconds), clock ?? TimeProvider.System);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            UseCookies = false,
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(Math.Min(10, _options.TimeoutSeconds)),
            MaxResponseHeadersLength = 64,
            ConnectCallback = ConnectToCheckedAddressAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
    }

    public async Task<FetchResult> FetchAsync(Uri url, FetchKind kind, string? etag = null, string? lastModified = null,
        CancellationToken cancellation = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        var current = url;
        try
        {
            for (var hop = 0; hop <= _options.MaxRedirects; hop++)
            {
                if (current.Scheme is not ("http" or "https"))
                    return Failed(url, current, $"refused scheme '{current.Scheme}' (only http and https)");
                using var turn = await _pacer.WaitTurnAsync(current.Host, timeout.Token);
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.Accept.ParseAdd(kind == FetchKind.Feed
                    ? "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
                    : "text/html, application/xhtml+xml;q=0.9");
                if (etag is not null && EntityTagHeaderValue.TryParse(etag, out var tag)) request.Headers.IfNoneMatch.Add(tag);
                if (lastModified is not null && DateTimeOffset.TryParse(lastModified, out var since)) request.Headers.IfModifiedSince = since;

                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if ((int)response.StatusCode is >= 300 and < 400 && response.StatusCode != HttpStatusCode.NotModified)
                {
                    if (response.Headers.Location is not { } location) return Failed(url, current, $"HTTP {(int)response.StatusCode} without a Location");
                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }
                return await ReadAsync(url, current, response, kind, timeout.Token);
            }
            return Failed(url, current, $"more than {_options.MaxRedirects} redirects");
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return Failed(url, current, $"timed out after {_options.TimeoutSeconds} s");
        }
        catch (HttpRequestException error)
        {
            return Failed(url, current, error.InnerException is RefusedAddressException refused ? refused.Message : error.Message);
        }
    }

    private async Task<FetchResult> ReadAsync(Uri requested, Uri final, HttpResponseMessage response, FetchKind kind, CancellationToken cancellation)
    {
        var headers = new FetchResult
        {
            RequestedUrl = requested,
            FinalUrl = final,
            Status = response.StatusCode,
            ContentType = response.Content.Headers.ContentType?.MediaType,
            Charset = response.Content.Headers.ContentType?.CharSet,
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified?.ToString("R"),
            RetryAfter = RetryAfter(response),
        };
        if (response.StatusCode == HttpStatusCode.NotModified) return headers;
        if (!response.IsSuccessStatusCode) return headers with { Error = $"HTTP {(int)response.StatusCode}" };
        if (!IsAcceptable(headers.ContentType, kind)) return headers with { Error = $"unexpected content type '{headers.ContentType}'" };
        if (response.Content.Headers.ContentLength > _options.MaxResponseBytes)
            return headers with { Error = $"response larger than {_options.MaxResponseBytes} bytes" };

        await using var stream = await response.Content.ReadAsStreamAsync(cancellation);
        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellation)) > 0)
        {
            if (body.Length + read > _options.MaxResponseBytes)
                return headers with { Error = $"response larger than {_options.MaxResponseBytes} bytes" };
            body.Write(buffer, 0, read);
        }
        return headers with { Body = body.ToArray() };
    }

    private static bool IsAcceptable(string? contentType, FetchKind kind)
    {
        if (string.IsNullOrEmpty(contentType)) return true;
        var type = contentType.ToLowerInvariant();
        if (kind == FetchKind.Page) return type is "text/html" or "application/xhtml+xml";
        return type.Contains("xml") || type.Contains("json") || type.StartsWith("text/", StringComparison.Ordinal);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is not { } retry) return null;
        if (retry.Delta is { } delta) return delta;
        return retry.Date is { } date ? date - DateTimeOffset.UtcNow : null;
    }

    private static FetchResult Failed(Uri requested, Uri final, string error) => new() { RequestedUrl = requested, FinalUrl = final, Error = error };

    private async ValueTask<Stream> ConnectToCheckedAddressAsync(SocketsHttpConnectionContext context, CancellationToken cancellation)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellation);
        var allowed = addresses.Where(a => AddressPolicy.IsAllowed(a, _options)).ToList();
        if (allowed.Count == 0)
            throw new RefusedAddressException($"refused: {host} resolves to a non-public address ({string.Join(", ", addresses.Select(a => a.ToString()))})");

        Exception? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellation);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException error)
            {
                socket.Dispose();
                last = error;
            }
        }
        throw last!;
    }

    public void Dispose() => _client.Dispose();

    private sealed class RefusedAddressException(string message) : Exception(message);
}
