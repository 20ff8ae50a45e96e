namespace BiasCompanion.Host.Outlets;

/// <summary>
/// Splits a url (or a bare "host/path") into host and path without allocating, and unwraps the wrappers that hide
/// the publisher's url: AMP cache urls (<c>*.cdn.ampproject.org/c/s/host/path</c>) and Google redirects carrying the
/// target in a <c>url=</c> (or, on <c>google.*/url</c>, <c>q=</c>) parameter.
/// </summary>
public static class OutletUrl
{
    public const int MaxLength = 8192;
    private const int MaxUnwrapDepth = 4;

    /// <summary>The publisher's host and path. <paramref name="decoded"/> holds a decoded redirect target when one was needed.</summary>
    public static bool TryGetTarget(string url, out ReadOnlySpan<char> host, out ReadOnlySpan<char> path, out string? decoded)
    {
        decoded = null;
        var current = url;
        for (var depth = 0; depth < MaxUnwrapDepth; depth++)
        {
            if (!TrySplit(current, out host, out path, out var query)) return false;

            // Wrapped urls are rare, so taking a copy of the inner url here costs the common case nothing.
            if (host.EndsWith(".cdn.ampproject.org", StringComparison.OrdinalIgnoreCase) && TryAmpTarget(path, out var inner))
            {
                current = inner.ToString();
                continue;
            }
            if (IsGoogleHost(host) && TryRedirectTarget(path, query, out var target, out var needsDecoding))
            {
                current = needsDecoding ? Uri.UnescapeDataString(target.ToString()) : target.ToString();
                decoded = current;
                continue;
            }
            return true;
        }
        host = default;
        path = default;
        return false;
    }

    /// <summary>host/path/query of an absolute url, a protocol-relative one, or a scheme-less "host/path".</summary>
    public static bool TrySplit(ReadOnlySpan<char> url, out ReadOnlySpan<char> host, out ReadOnlySpan<char> path, out ReadOnlySpan<char> query)
    {
        host = path = query = default;
        url = url.Trim();
        if (url.Length == 0 || url.Length > MaxLength) return false;

        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd >= 0 && url[..schemeEnd].IndexOfAny('/', '?', '#') < 0) url = url[(schemeEnd + 3)..];
        else if (url.StartsWith("//", StringComparison.Ordinal)) url = url[2..];

        var authorityEnd = url.IndexOfAny('/', '?', '#');
        if (authorityEnd < 0) authorityEnd = url.Length;
        var authority = url[..authorityEnd];
        var rest = url[authorityEnd..];

        var at = authority.LastIndexOf('@');
        if (at >= 0) authority = authority[(at + 1)..];
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']');
            if (close < 0) return false;
            authority = authority[..(close + 1)];
        }
        else
        {
            var colon = authority.IndexOf(':');
            if (colon >= 0) authority = authority[..colon];
        }
        authority = authority.TrimEnd('.');
        if (authority.Length == 0 || authority.Length > 253 || !IsHostText(authority)) return false;
        host = authority;

        var fragment = rest.IndexOf('#');
        if (fragment >= 0) rest = rest[..fragment];
        var question = rest.IndexOf('?');
        if (question >= 0)
        {
            query = rest[(question + 1)..];
            rest = rest[..question];
        }
        path = rest;
        return true;
    }

    /// <summary>A dotted name or an IP literal; a single label ("localhost", "javascript") is no publisher's host.</summary>
    private static bool IsHostText(ReadOnlySpan<char> host)
    {
        if (host[0] == '[') return host[^1] == ']';
        if (host.IndexOf('.') <= 0) return false;
        foreach (var c in host)
            if (!(char.IsLetterOrDigit(c) || c is '-' or '.' or '_')) return false;
        return true;
    }

    /// <summary>"/c/s/www.example.com/x" → "https://www.example.com/x"-equivalent "www.example.com/x".</summary>
    private static bool TryAmpTarget(ReadOnlySpan<char> path, out ReadOnlySpan<char> inner)
    {
        inner = default;
        if (path.Length < 4 || path[0] != '/' || path[2] != '/' || path[1] is not ('c' or 'v' or 'i' or 'r')) return false;
        var rest = path[3..];
        if (rest.StartsWith("s/", StringComparison.Ordinal)) rest = rest[2..];
        if (rest.IsEmpty) return false;
        inner = rest;
        return true;
    }

    private static bool IsGoogleHost(ReadOnlySpan<char> host)
    {
        if (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) host = host[4..];
        if (host.StartsWith("news.", StringComparison.OrdinalIgnoreCase)) host = host[5..];
        return host.StartsWith("google.", StringComparison.OrdinalIgnoreCase) && host.IndexOf('.') == 6 &&
               (host.Length <= 14); // google.com, google.co.uk, google.com.au ...
    }

    private static bool TryRedirectTarget(ReadOnlySpan<char> path, ReadOnlySpan<char> query, out ReadOnlySpan<char> target, out bool needsDecoding)
    {
        target = default;
        needsDecoding = false;
        if (query.IsEmpty) return false;
        var acceptQ = path.Equals("/url", StringComparison.OrdinalIgnoreCase);
        while (!query.IsEmpty)
        {
            var amp = query.IndexOf('&');
            var pair = amp < 0 ? query : query[..amp];
            query = amp < 0 ? default : query[(amp + 1)..];
            var eq = pair.IndexOf('=');
            if (eq <= 0) continue;
            var name = pair[..eq];
            if (!(name.SequenceEqual("url") || (acceptQ && name.SequenceEqual("q")))) continue;
            var value = pair[(eq + 1)..];
            needsDecoding = value.Contains('%');
            if (!(value.StartsWith("http", StringComparison.OrdinalIgnoreCase))) continue;
            target = value;
            return true;
        }
        return false;
    }
}
