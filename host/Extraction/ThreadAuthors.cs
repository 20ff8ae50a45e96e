using AngleSharp.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// Where a discussion thread's markup names its opening post's author without JSON-LD: a microdata author whose name is
/// only a <c>&lt;meta itemprop="name" content&gt;</c> (the reader sees avatars), or the post stream forum software
/// preloads as JSON in a hidden element's attribute for its script to render (the saved page shows no posts at all).
/// </summary>
internal static class ThreadAuthors
{
    /// <summary>The id of the element whose <c>data-preloaded</c> attribute holds the stream.</summary>
    public const string PreloadedId = "data-preloaded";

    /// <summary>The stream's first post comes near its start; a bound keeps a huge attribute from being scanned.</summary>
    private const int MaxSearch = 4000;
    private const int MaxName = 60;

    public static string? FromMicrodata(IElement? name) =>
        name is { TagName: "META" } && TokenList.Has(name.GetAttribute("itemprop"), "name") ? name.GetAttribute("content") : null;

    /// <summary>The first post's <c>username</c> in <c>{"post_stream":{"posts":[{…,"username":"…"</c>, quotes escaped or not.</summary>
    public static string? FromPreloaded(IElement? element)
    {
        var data = element?.GetAttribute("data-preloaded");
        if (string.IsNullOrEmpty(data)) return null;
        var stream = data.IndexOf("post_stream", StringComparison.Ordinal);
        if (stream < 0) return null;
        var window = data.AsSpan(stream, Math.Min(MaxSearch, data.Length - stream));
        var posts = window.IndexOf("posts", StringComparison.Ordinal);
        if (posts < 0) return null;
        window = window[posts..];
        // The first post object's fields, up to the start of its rendered text.
        var key = window.IndexOf("username", StringComparison.Ordinal);
        var cooked = window.IndexOf("cooked", StringComparison.Ordinal);
        if (key < 0 || (cooked >= 0 && cooked < key)) return null;
        var value = window[(key + "username".Length)..].TrimStart("\\\": ");
        var end = value.IndexOfAny('"', '\\');
        return end is > 0 and <= MaxName ? value[..end].ToString() : null;
    }
}
