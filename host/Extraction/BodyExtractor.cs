using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using SmartReader;

namespace BiasCompanion.Host.Extraction;

/// <summary>The body: SmartReader on the already-parsed document, with a densest-block fallback when it fails quietly.</summary>
public static class BodyExtractor
{
    /// <summary>Below this many words SmartReader's result is treated as a failure and the fallback is tried.</summary>
    private const int MinWords = 25;

    /// <summary>
    /// A short SmartReader result (under this many words) is sometimes the page's menus and footer, picked when the
    /// article sits in markup it scores badly; it gives way to the densest block when that holds
    /// <see cref="ShortRatio"/> times the words. Chosen on wcxb-dev articles: 100-200 words with 3x fixes a page
    /// there and changes nothing else; 400 words with 2x, or 1000 with 1.5x, lose more than they win.
    /// </summary>
    private const int ShortWords = 150;
    private const double ShortRatio = 3;

    public static (string Text, Article? Reader) Extract(IHtmlDocument doc, string url, CancellationToken token = default)
    {
        var (text, article) = Read(doc, url, token);
        return (BodyLines.Clean(WithFallback(doc, text, token)), article);
    }

    private static (string Text, Article? Reader) Read(IHtmlDocument doc, string url, CancellationToken token)
    {
        IElement? content = null;
        Article? article = null;
        var places = new OriginalPlaces();
        try
        {
            // KeepClasses: we read the content's text only, so SmartReader need not strip its class attributes.
            var reader = new Reader(SafeUrl(url), doc) { ContinueIfNotReadable = true, DisableJSONLD = true, KeepClasses = true };
            // Its finalizer has nothing to release (only Dispose frees the document, which is ours), but a finalizable
            // object keeps everything it references alive through one more collection: the whole parsed page.
            GC.SuppressFinalize(reader);
            ReaderClassWords.ApplyTo(reader);
            reader.AddCustomOperationEnd(element =>
            {
                content = element;
                ReaderOutputs.Claim(element);
            });
            reader.AddCustomOperationStart(root =>
            {
                ReaderPrep.Run(root, token, places);
                ReaderByline.Settle(reader, root, token);
                reader.CharThreshold = ReaderRetry.ThresholdFor(doc.Body);
            });
            // With the document already parsed this completes synchronously.
            article = reader.GetArticleAsync(ReaderToken(doc, token)).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // SmartReader reports most failures inside the Article; anything thrown is treated the same way.
        }
        finally
        {
            ReaderOutputs.Release();
        }
        // SmartReader turns a cancellation into an article with an error; surface it as the timeout it is.
        token.ThrowIfCancellationRequested();
        if (content is null) return ("", article);
        ContentFurniture.Remove(content, token);
        TableOfContents.Remove(content, token);
        return (SiblingSections.Widen(content, places, BlockText.Of(content, token), token), article);
    }

    /// <summary>
    /// From this many characters SmartReader gets the page's token and stops between its passes when the time is up.
    /// Below it, it gets none: with a token, its wait for its copy of the page cannot run that copy inline (see
    /// <see cref="BoundedRunner"/>), a hand-off that was a fifth of a small page's time and is lost in a large one's.
    /// A small page past its time is still stopped by the hooks and the checks after SmartReader.
    /// </summary>
    internal const int ReaderTokenFromChars = 300_000;

    internal static CancellationToken ReaderToken(IHtmlDocument doc, CancellationToken token) =>
        doc.Source.Length >= ReaderTokenFromChars ? token : CancellationToken.None;

    private static string WithFallback(IHtmlDocument doc, string text, CancellationToken token)
    {
        var words = ArticleExtractor.WordCount(text);
        if (words >= ShortWords) return text;

        var fallback = DensestBlock.Text(doc, token);
        var fallbackWords = ArticleExtractor.WordCount(fallback);
        if (words < MinWords) return fallbackWords > words ? fallback : text;
        return fallbackWords >= ShortRatio * words ? fallback : text;
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
