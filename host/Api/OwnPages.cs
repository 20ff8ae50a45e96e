namespace BiasCompanion.Host.Api;

/// <summary>The host's own loopback page (pairing, then the reader's dashboard), embedded in the binary.</summary>
public static class OwnPages
{
    private static readonly Dictionary<string, (string Resource, string ContentType)> Files = new()
    {
        ["/"] = ("index.html", "text/html; charset=utf-8"),
        ["/index.html"] = ("index.html", "text/html; charset=utf-8"),
        ["/site.css"] = ("site.css", "text/css; charset=utf-8"),
        ["/site.js"] = ("site.js", "text/javascript; charset=utf-8"),
        ["/charts.js"] = ("charts.js", "text/javascript; charset=utf-8"),
    };

    public static IEndpointRouteBuilder MapOwnPages(this IEndpointRouteBuilder routes)
    {
        foreach (var (path, (resource, contentType)) in Files)
        {
            var bytes = Load(resource);
            routes.MapGet(path, (HttpResponse response) =>
            {
                response.Headers.ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'; form-action 'self'";
                response.Headers.XFrameOptions = "DENY";
                response.Headers.XContentTypeOptions = "nosniff";
                return TypedResults.Bytes(bytes, contentType);
            }).ExcludeFromDescription();
        }
        return routes;
    }

    private static byte[] Load(string name)
    {
        using var stream = typeof(OwnPages).Assembly.GetManifestResourceStream($"wwwroot/{name}")
                           ?? throw new InvalidOperationException($"Missing embedded page {name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
