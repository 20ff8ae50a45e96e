using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// Publication dates that page scripts carry as data ("publishDate":"2025-05-27") when no markup states one: the
/// state blobs of JavaScript front ends. Reads a bounded amount of script text; JSON-LD blocks are read elsewhere.
/// </summary>
public static partial class ScriptDates
{
    private const int MaxScriptChars = 300_000;
    private const int MaxTotalChars = 1_000_000;

    public static string? Find(IEnumerable<IElement> scripts) => FirstMatch(scripts, PublishKey());

    /// <summary>The post author a WordPress tag-manager data layer states ("pagePostAuthor":"Jane Doe"), for pages that show none.</summary>
    public static string? FindAuthor(IEnumerable<IElement> scripts) => FirstMatch(scripts, AuthorKey());

    private static string? FirstMatch(IEnumerable<IElement> scripts, Regex key)
    {
        var budget = MaxTotalChars;
        foreach (var script in scripts)
        {
            if (budget <= 0) break;
            var type = script.GetAttribute("type");
            if (type is not null && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase)) continue;
            var text = script.TextContent;
            if (text.Length > MaxScriptChars) text = text[..MaxScriptChars];
            budget -= text.Length;
            var m = key.Match(text);
            if (m.Success) return m.Groups["v"].Value;
        }
        return null;
    }

    // Keys that name the first publication; "updated"/"modified" keys are left out on purpose.
    [GeneratedRegex(@"[""'](?:datePublished|publishDate|published_date|publishedDate|publishedAt|published_at|firstPublishDate|first_publish_date|firstPubDate|publication_date|publicationDate|date_published|publish_date|publishedTime|published_time)\\?[""']\s*:\s*\\?[""'](?<v>[0-9][0-9TZ:.+ -]{7,34})\\?[""']", RegexOptions.CultureInvariant)]
    private static partial Regex PublishKey();

    [GeneratedRegex(@"[""']pagePostAuthor[""']\s*:\s*[""'](?<v>[^""'\\<]{2,60})[""']", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorKey();
}
