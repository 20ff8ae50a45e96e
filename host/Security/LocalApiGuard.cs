using Microsoft.Net.Http.Headers;

namespace BiasCompanion.Host.Security;

/// <summary>
/// The door of the local API (DESIGN §7). A request passes only when its Host is a loopback name and it comes from
/// an allowed extension origin, or carries the pairing token. Any web page's Origin is refused, whatever it carries:
/// the API is a door into the reader's browsing history.
/// </summary>
public sealed class LocalApiGuard(RequestDelegate next, PairingToken token, AllowedOrigins origins)
{
    public const string CookieName = "bc_pairing";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsLoopbackHost(request.Host))
        {
            await Refuse(context, StatusCodes.Status400BadRequest, "Bad Host header",
                "The Host header must be 127.0.0.1, [::1] or localhost.");
            return;
        }

        var origin = request.Headers[HeaderNames.Origin].ToString();
        if (origin.Length > 0)
        {
            if (origins.IsAllowed(origin))
            {
                await next(context);
                return;
            }
            // An extension not yet paired (e.g. a Firefox install) passes with the token; pairing then records it.
            if (!IsOwnOrigin(origin, request.Host) && !AllowedOrigins.TryNormalize(origin, out _))
            {
                await Refuse(context, StatusCodes.Status403Forbidden, "Origin refused",
                    "Web pages may not use the BiasCompanion API.");
                return;
            }
        }

        if (IsOpenEndpoint(request) || IsExtensionReadOfPublicData(request) || token.Matches(PresentedToken(request)))
        {
            await next(context);
            return;
        }
        await Refuse(context, StatusCodes.Status401Unauthorized, "Pairing required",
            "Send the pairing code as 'Authorization: Bearer <code>' (access_token for the hub), or pair on the host's page.");
    }

    /// <summary>The host's own pages and the pairing form: they reveal nothing and authenticate by themselves.</summary>
    private static bool IsOpenEndpoint(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && request.Path.Value is "/" or "/index.html" or "/site.css" or "/site.js" or "/charts.js" or "/favicon.ico"
        || HttpMethods.IsPost(request.Method) && request.Path == "/pair";

    /// <summary>
    /// Chromium sends no Origin on an extension's GETs, but marks them "Sec-Fetch-Site: none" with mode "cors": a pair
    /// no web page can produce (the headers are the browser's own), and a typed navigation has mode "navigate". It
    /// admits reads of data that is not the reader's (health, the outlet registry) only; history and stories still need
    /// the Origin or the token.
    /// </summary>
    private static bool IsExtensionReadOfPublicData(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && request.Headers["Sec-Fetch-Site"] == "none" && request.Headers["Sec-Fetch-Mode"] == "cors"
        && (request.Path == "/api/health" || request.Path.StartsWithSegments("/api/outlets"));

    private static string? PresentedToken(HttpRequest request)
    {
        var authorization = request.Headers[HeaderNames.Authorization].ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return authorization["Bearer ".Length..].Trim();
        if (request.Path.StartsWithSegments("/hubs") && request.Query.TryGetValue("access_token", out var query))
            return query.ToString();
        return request.Cookies.TryGetValue(CookieName, out var cookie) ? cookie : null;
    }

    public static bool IsLoopbackHost(HostString host)
    {
        if (!host.HasValue) return false;
        var name = host.Host;
        if (string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return name is "127.0.0.1" or "[::1]" or "::1";
    }

    /// <summary>The host's own pages: a loopback origin on the very port this request came to.</summary>
    private static bool IsOwnOrigin(string origin, HostString host)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp) return false;
        if (!uri.IsLoopback) return false;
        return host.Port is { } port ? uri.Port == port : uri.IsDefaultPort;
    }

    private static Task Refuse(HttpContext context, int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(context);
}
