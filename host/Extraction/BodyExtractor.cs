using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using SmartReader;

namespace BiasCompanion.Host.Extraction;

/// <summary>The body: SmartReader on the already-parsed document, with a densest-block fallback when it fails quietly.</summary>
public static class BodyExtractor
{
    /// <summary>Below this many words SmartReader's result is treated as a failure and the fallback is tried.</summary>
    private const int MinWords = 25;

    public static (string Text, Article? Reader) Extract(IHtmlDocument doc, string url)
    {
        IElement? content = null;
        Article? article = null;
        try
        {
            var reader = new Reader(SafeUrl(url), doc) { ContinueIfNotReadable = true, DisableJSONLD = true };
            reader.AddCustomOperationEnd(element => content = element);
            reader.AddCustomOperationStart(ClassNoise.Strip);
            article = reader.GetArticle();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // SmartReader reports most failures inside the Article; anything thrown is treated the same way.
        }
        var text = content is null ? "" : BlockText.Of(content);
        if (ArticleExtractor.WordCount(text) >= MinWords) return (text, article);

        var fallback = DensestBlock.Text(doc);
        return (ArticleExtractor.WordCount(fallback) > ArticleExtractor.WordCount(text) ? fallback : text, article);
    }

    /// <summary>
    /// SmartReader only needs the URL to resolve links and guess a date from the path, and it fails silently on
    /// date-like paths it cannot parse (e.g. /2019/43/). We read dates ourselves, so it gets the origin only.
    /// </summary>
    internal static string SafeUrl(string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !string.IsNullOrEmpty(uri.Host))
            return $"{uri.Scheme}://{uri.Host}/";
        return "http://localhost/";
    }
}
