using System.Text;
using AngleSharp;
using AngleSharp.Browser;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// Parses the page once with AngleSharp, reads the metadata the page states about itself, then hands the same document
/// to SmartReader for the body, with its own clean-up and fallbacks. Runs each page on a bounded worker so a time
/// limit can be enforced and deep recursion inside the libraries cannot take the host down.
/// </summary>
public sealed class ArticleExtractor(ExtractionOptions options) : IArticleExtractor
{
    private const int LeadParagraphs = 3;

    public ArticleExtractor() : this(new ExtractionOptions()) { }

    private int _inFlight;

    /// <summary>Pages being extracted right now (the start-up warm-up holds back while a reader's page is).</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    public ExtractedArticle Extract(string url, string html)
    {
        url ??= "";
        if (html is null || html.Length == 0) return Failed(url, "empty page");
        if (html.Length > options.MaxPageBytes) return Failed(url, "page too large");
        Interlocked.Increment(ref _inFlight);
        try
        {
            return RunBounded(url, token => ExtractCore(url, html, token));
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    /// <summary>Extracts from raw bytes, detecting the encoding (BOM, declared charset, meta charset, UTF-8, windows-1252).</summary>
    public ExtractedArticle Extract(string url, ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        url ??= "";
        if (bytes.Length == 0) return Failed(url, "empty page");
        if (bytes.Length > options.MaxPageBytes) return Failed(url, "page too large");
        string html;
        try { html = PageDecoder.Decode(bytes, declaredCharset); }
        catch (Exception ex) when (ex is ArgumentException or DecoderFallbackException) { return Failed(url, "undecodable page"); }
        return Extract(url, html);
    }

    private ExtractedArticle RunBounded(string url, Func<CancellationToken, ExtractedArticle> work)
    {
        var result = BoundedRunner.Run(work, options.TimeLimitMilliseconds, out var failure);
        if (failure is not null) return Failed(url, $"extraction failed: {failure.GetType().Name}");
        return result ?? Failed(url, "time limit exceeded");
    }

    /// <summary>The token is checked between stages and inside the body's own loops, so a page past its time stops early.</summary>
    private ExtractedArticle ExtractCore(string url, string html, CancellationToken token)
    {
        if (PageShape.LooksBinary(html)) return Failed(url, "not an HTML page");
        var (prepared, depth) = PageTags.Read(html, options.MaxOpenTags, emptyNoscripts: true);
        if (depth > options.MaxOpenTags) return Failed(url, "page nested too deeply");
        YoungGenerationRoom.MakeFor(html.Length, InFlight);
        var doc = Parse(Mojibake.Repair(prepared), token);
        if (doc.Body is null || doc.DocumentElement is null) return Failed(url, "empty page");
        token.ThrowIfCancellationRequested();
        var shape = PageShape.Measure(doc);
        if (shape.Elements > options.MaxElements) return Failed(url, "page has too many elements");
        if (shape.MaxChildren > options.MaxChildren) PageShape.Narrow(doc, options.MaxChildren);
        if (shape.MaxDepth > options.MaxContentDepth) RunawayNesting.Linearize(doc, options.MaxContentDepth, token);
        if (shape.MaxDepth > options.MaxNestingDepth) PageShape.Flatten(doc, options.MaxNestingDepth);

        token.ThrowIfCancellationRequested();
        var metadata = PageMetadata.Read(doc);
        var signals = PageSignals.Measure(doc);
        // Before the body: its clean-up changes the document, and the date's last fallbacks read the page's text.
        var published = DateChooser.Published(metadata, url);
        token.ThrowIfCancellationRequested();
        StreamedContent.Resolve(doc);
        var (body, reader) = BodyExtractor.Extract(doc, url, token);
        var text = body;

        var title = TitleChooser.Choose(metadata, reader?.Title, url);
        var modified = DateParsing.Parse(metadata.JsonLd.DateModified ?? metadata.Get("article:modified_time", "og:updated_time", "dateModified"));
        var markupByline = BylineChooser.FromMarkup(metadata, reader?.Byline ?? reader?.Author);
        // A forum thread's byline is its opening post's author, whatever names its replies show.
        var leadByline = LeadByline.Find(metadata.LeadText);
        var byline = BylineChooser.Clean(metadata.JsonLd.PostAuthor)
            ?? BylineChooser.WithShown(markupByline, metadata.Headline.Byline) ?? leadByline
            ?? BylineChooser.Clean(metadata.ThreadAuthor);
        var words = WordCount(text);
        var article = new ExtractedArticle
        {
            Url = url,
            CanonicalUrl = CanonicalUrl(metadata, url),
            Title = title,
            Byline = byline,
            PublishedAt = published?.Value,
            PublishedSource = published?.Source,
            ModifiedAt = modified,
            Language = LanguageOf(metadata, reader),
            SiteName = metadata.Get("og:site_name") ?? metadata.JsonLd.Publisher ?? reader?.SiteName,
            Body = text,
            Lead = Lead(text),
            WordCount = words,
            ImageUrl = metadata.Get("og:image", "twitter:image") ?? metadata.JsonLd.Image,
            // The metadata is still worth returning, but a page without any text is not a successful extraction.
            Error = text.Length == 0 ? "no text found" : null,
        };
        // The classifier was fitted on bylines from markup; a "By …" line in the text is its own feature (headlineBy),
        // and counting it twice called a few listing pages articles. Likewise a page that states only its last edit
        // is its own feature (modifiedOnly), so the date that stands in for the publication is not shown to it.
        var asFitted = article with { Byline = markupByline, PublishedAt = published?.Source == DateChooser.ModifiedSource ? null : article.PublishedAt };
        var isArticle = ArticleClassifier.IsArticle(asFitted, metadata, shape, signals, reader?.IsReadable ?? false);
        // A discussion's opening post comes first: with nothing else to go on, its poster's name is the thread's byline.
        if (byline is null && !isArticle) byline = BylineChooser.Clean(metadata.FirstUserName);
        // An article's author box away from its headline ("Written by" at its foot) names the author when nothing else does.
        if (byline is null && metadata.LabelledByline is { } labelled && labelled.Contains(' ') && labelled.Any(char.IsLower))
            byline = labelled;
        if (byline is null && isArticle) byline = metadata.AuthorPortrait ?? metadata.MetaLineByline ?? BylineChooser.Clean(metadata.ScriptAuthor);
        if (isArticle) byline = BylineChooser.PreferPerson(byline, metadata, metadata.LabelledByline, leadByline, metadata.AuthorLink, metadata.JsonLd.PageAuthor);
        byline = BylineChooser.WithoutPublisher(byline, metadata);
        return article with { IsArticle = isArticle, Byline = byline };
    }

    /// <summary>
    /// AngleSharp's default configuration without its meta charset handler: the page is text already, and the handler
    /// reads a &lt;meta http-equiv&gt; content value in quadratic time (a 160 KB one cost 5 s in the parse, and 20 s more
    /// in SmartReader, whose fragment parses run the handler again).
    /// One selector parser serves every page: its cache of parsed selectors (thread-safe, behind a lock) belongs to the
    /// browsing context, and each page gets a new one, so SmartReader's and our selectors were parsed again on every page.
    /// </summary>
    internal static readonly AngleSharp.IConfiguration ParseConfiguration =
        Configuration.Default.Without<EncodingMetaHandler>().WithOnly<ICssSelectorParser>(new CssSelectorParser());

    /// <summary>
    /// The async parse checks the token between tokens (the source is already in memory, so it completes inline): a page
    /// built to be slow to parse (100,000 unclosed &lt;div&gt;s cost AngleSharp 46 s) stops at the time limit instead of
    /// running on in an abandoned worker. Comments, source positions and some attributes (<see cref="UnreadAttributes"/>) are never
    /// read, so the parser keeps none of them.
    /// The page's noscripts must be emptied already (<see cref="NoscriptContent"/>, done in <see cref="PageTags"/>), which
    /// lets the parser run without its scripting option and read the page from memory without copying it.
    /// </summary>
    internal static IHtmlDocument Parse(string noscriptsEmptied, CancellationToken token) =>
        new HtmlParser(new HtmlParserOptions { DisableElementPositionTracking = true, SkipComments = true, ShouldEmitAttribute = UnreadAttributes.Keep }, BrowsingContext.New(ParseConfiguration))
            .ParseDocumentAsync(noscriptsEmptied, token).GetAwaiter().GetResult();

    private static string? LanguageOf(PageMetadata md, Article? reader)
    {
        var lang = md.HtmlLang ?? md.JsonLd.Language ?? md.Get("og:locale", "content-language", "language", "dc.language");
        if (string.IsNullOrWhiteSpace(lang)) lang = reader?.Language;
        if (string.IsNullOrWhiteSpace(lang)) return null;
        lang = lang.Trim().Replace('_', '-');
        return lang.Length > 35 ? null : lang;
    }

    private static string? CanonicalUrl(PageMetadata md, string url)
    {
        var candidate = md.Canonical ?? md.Get("og:url");
        if (candidate is null) return null;
        if (Uri.TryCreate(candidate, UriKind.Absolute, out var abs) && abs.Scheme is "http" or "https") return abs.ToString();
        if (Uri.TryCreate(url, UriKind.Absolute, out var baseUri) && Uri.TryCreate(baseUri, candidate, out var rel)) return rel.ToString();
        return null;
    }

    /// <summary>The body's first <see cref="LeadParagraphs"/> lines, cut from it without splitting the rest.</summary>
    internal static string Lead(string body)
    {
        var end = -1;
        for (var line = 0; line < LeadParagraphs; line++)
        {
            end = body.IndexOf('\n', end + 1);
            if (end < 0) return body;
        }
        return body[..end];
    }

    internal static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var word = char.IsLetterOrDigit(c);
            if (word && !inWord) count++;
            inWord = word;
        }
        return count;
    }

    internal static ExtractedArticle Failed(string url, string error) => new() { Url = url, Error = error };
}
