namespace BiasCompanion.Host.Storage;

/// <summary>The identity of an article's address: same page, same string.</summary>
public static class CanonicalUrls
{
    public const int MaxLength = 2048;

    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ocid", "cmpid", "ncid", "ito",
        "_ga", "_gl", "ref_src", "smid", "smtyp", "taid", "sr_share", "mbid", "guccounter", "CMP", "at_medium",
        "at_campaign", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "share", "src", "ref",
    };

    /// <summary>An absolute http(s) url of bounded length, or null.</summary>
    public static Uri? TryParseWebUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > MaxLength) return null;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return null;
        return uri.Scheme is "http" or "https" && uri.Host.Length > 0 ? uri : null;
    }

    /// <summary>Lower-case host without "www.", no fragment, no tracking parameters, no default port, no trailing slash.</summary>
    public static string Normalize(Uri uri)
    {
        var host = uri.IdnHost.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        var query = string.Join('&', uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair.Split('=', 2)[0])));
        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : "";
        var port = uri.IsDefaultPort ? "" : $":{uri.Port}";
        return $"{uri.Scheme}://{host}{port}{path}{(query.Length > 0 ? "?" + query : "")}";
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
