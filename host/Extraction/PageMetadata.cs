using System.Buffers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>The page's own statements about itself: meta tags, JSON-LD, canonical link, &lt;time&gt;, headings.</summary>
public sealed partial class PageMetadata
{
    /// <summary>Meta values keyed by lower-case name/property/itemprop; the first value wins.</summary>
    public Dictionary<string, string> Meta { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Meta values from the RDFa/OpenGraph <c>property</c> attribute only, one entry per space-separated token
    /// (<c>property="og:title twitter:title"</c>); the first value wins. Pages that repeat a key under <c>name</c>
    /// with another value mean the <c>property</c> one.
    /// </summary>
    public Dictionary<string, string> Properties { get; } = new(StringComparer.OrdinalIgnoreCase);
    public required JsonLdFacts JsonLd { get; init; }
    public string? DocumentTitle { get; init; }
    /// <summary>Texts of the first few &lt;h1&gt;s, a line break inside one kept as '\n' (<see cref="HeadingText"/>).</summary>
    public List<string> H1s { get; } = [];

    /// <summary>The first few second-level headings: some blogs print the post's title as an &lt;h2&gt; and use &lt;h1&gt; inside the text.</summary>
    public List<string> H2s { get; } = [];
    public string? Canonical { get; init; }
    public string? HtmlLang { get; init; }
    public string? RelAuthor { get; set; }

    /// <summary>Text of the first link to an author page (<c>/author/jane-doe</c>): how most blog software links the byline.</summary>
    public string? AuthorLink { get; set; }
    public string? ItempropAuthor { get; set; }

    /// <summary>
    /// The author a thread's markup names for its opening post where it carries no JSON-LD: the first microdata author
    /// given only as a <c>&lt;meta itemprop="name"&gt;</c>, or the first post of a preloaded discussion stream.
    /// </summary>
    public string? ThreadAuthor { get; set; }

    /// <summary>
    /// A byline label anywhere on the page ("Written by" over an author box at its foot, "Author" above a name): the
    /// first one that introduces a name (<see cref="HeadlineByline"/>'s rules), read before the body changes the document.
    /// </summary>
    public string? LabelledByline { get; set; }

    /// <summary>
    /// Every <c>citation_author</c> (or <c>citation_authors</c>) meta value in order: scholarly pages state one per author,
    /// where the other author metas name only the first.
    /// </summary>
    public List<string> CitationAuthors { get; } = [];

    /// <summary>A person's name after an author icon in a post's meta line (an element classed as its date or meta line), where no headline is found to look under.</summary>
    public string? MetaLineByline { get; set; }

    /// <summary>The alt text of the first portrait inside an author box too long to be a name (one with a biography) or without text.</summary>
    public string? AuthorPortrait { get; set; }

    /// <summary>The first short text of an element classed as a user name (or a post's author column): on a thread, the opening post's author.</summary>
    public string? FirstUserName { get; set; }
    /// <summary>Short texts of elements whose class says they name the author.</summary>
    public List<string> AuthorTexts { get; } = [];
    /// <summary>datetime attributes of &lt;time&gt; elements (pubdate / itemprop datePublished first).</summary>
    public List<string> TimeValues { get; } = [];
    public string? ItempropDatePublished { get; set; }

    /// <summary>The datetime of the page's one &lt;time pubdate&gt; (HTML's own publication marker); null when none or several (a listing).</summary>
    public string? PubdateTime { get; private set; }

    /// <summary>How many elements claim itemprop datePublished: more than one is a list of other items (related posts, events).</summary>
    public int ItempropDatePublishedCount { get; set; }
    /// <summary>Short texts (and title/content attributes) of elements whose class or id says they hold a date.</summary>
    public List<string> DateTexts { get; } = [];
    /// <summary>
    /// The first few thousand characters of visible text of the main area (article/main, else body), a line per block
    /// element (paragraph, list item, heading, cell…), whitespace within a line collapsed.
    /// </summary>
    public string LeadText { get; private set; } = "";

    /// <summary>
    /// The visible text of the whole page, bounded: where a written publication date is looked for last. Read on first
    /// use (most pages state their date earlier), so it must be read before the body extraction changes the document.
    /// </summary>
    public string PageText => pageText ??= pageBody is null ? "" : BoundedText(pageBody, PageChars);

    private IElement? pageBody;
    private string? pageText;

    /// <summary>A publication date found as data in a page script (a front end's state); read on first use, as a late fallback.</summary>
    public string? ScriptDate => (scriptDate ??= ScriptDates.Find(scripts) ?? "") is { Length: > 0 } found ? found : null;

    private List<IElement> scripts = [];

    /// <summary>An author a page script states as data (<see cref="ScriptDates.FindAuthor"/>); read on first use, as a last fallback.</summary>
    public string? ScriptAuthor => (scriptAuthor ??= ScriptDates.FindAuthor(scripts) ?? "") is { Length: > 0 } found ? found : null;

    private string? scriptAuthor;
    private string? scriptDate;

    /// <summary>The text printed just before and after the headline (&lt;h1&gt;), where the page shows its reader a date.</summary>
    public HeadlineArea Headline { get; private set; } = HeadlineArea.Empty;

    public string? Get(params string[] keys)
    {
        foreach (var key in keys)
            if (Meta.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value)) return value.Trim();
        return null;
    }

    /// <summary>The first non-blank value among <paramref name="keys"/>, a <c>property</c> value before a <c>name</c> one for each key.</summary>
    public string? GetPreferringProperty(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (Properties.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value)) return value.Trim();
            if (Meta.TryGetValue(key, out value) && !string.IsNullOrWhiteSpace(value)) return value.Trim();
        }
        return null;
    }

    public static PageMetadata Read(IHtmlDocument doc)
    {
        var itemDateCount = 0;
        IElement? authorLink = null;
        IElement? canonical = null, title = null, relAuthor = null, itemAuthor = null, itemDate = null, article = null, main = null, preloaded = null;
        var dateElements = new List<IElement>();
        var authorElements = new List<IElement>();
        var userNames = new List<IElement>();
        var labels = new List<IText>();
        var h1s = new List<IElement>();
        var h2s = new List<IElement>();
        var metas = new List<IElement>();
        var times = new List<IElement>();
        var scripts = new List<IElement>();
        var jsonLd = new List<string>();
        // One walk over the elements instead of a selector query per fact.
        foreach (var element in ElementWalk.All(doc))
        {
            switch (element.TagName)
            {
                case "META":
                    metas.Add(element);
                    // Some front-end frameworks render their JSON-LD descriptor as a meta tag instead of a script.
                    if (jsonLd.Count < MaxJsonLdBlocks && element.GetAttribute("name") == "script:ld+json" && element.GetAttribute("content") is { } ld) jsonLd.Add(ld);
                    continue;
                case "LINK":
                    if (canonical is null && TokenList.Has(element.GetAttribute("rel"), "canonical")) canonical = element;
                    continue;
                case "TITLE": title ??= element; continue;
                case "SCRIPT":
                    if (scripts.Count < 200) scripts.Add(element);
                    if (jsonLd.Count < MaxJsonLdBlocks && element.GetAttribute("type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                        jsonLd.Add(element.TextContent);
                    continue;
                case "STYLE" or "NOSCRIPT" or "TEMPLATE" or "HTML" or "BODY" or "HEAD": continue;
                case "H1": if (h1s.Count < 5) h1s.Add(element); break;
                case "H2": if (h2s.Count < MaxH2s) h2s.Add(element); break;
                case "TIME": if (times.Count < 10 && element.HasAttribute("datetime")) times.Add(element); break;
                case "ARTICLE": article ??= element; break;
                case "MAIN": main ??= element; break;
                case "A":
                    if (relAuthor is null && TokenList.Has(element.GetAttribute("rel"), "author")) relAuthor = element;
                    if (authorLink is null && IsAuthorPath(element.GetAttribute("href")) && !InSiteFurniture(element)) authorLink = element;
                    break;
            }
            var attributes = ElementAttributes.Of(element);
            var itemprop = attributes.Itemprop;
            if (itemprop is not null)
            {
                if (itemAuthor is null && TokenList.Has(itemprop, "author")) itemAuthor = element.QuerySelector("[itemprop~='name']") ?? element;
                if (TokenList.Has(itemprop, "datePublished") && itemDateCount++ == 0) itemDate = element;
                if (dateElements.Count < 30 && TokenList.Has(itemprop, "dateCreated")) dateElements.Add(element);
            }
            if (main is null && attributes.Role == "main") main = element;
            var (cls, id) = (attributes.Class, attributes.Id);
            if (preloaded is null && id == ThreadAuthors.PreloadedId) preloaded = element;
            if (NamesAnyKey(cls) || NamesAnyKey(id))
            {
                if (dateElements.Count < 30 && (IsDateKey(cls, isClass: true) || IsDateKey(id, isClass: false)) && !ClockElements.Names(cls) && !ClockElements.Names(id))
                    dateElements.Add(element);
                if (authorElements.Count < 10 && (IsAuthorKey(cls) || IsAuthorKey(id)) && !InSiteFurniture(element)) authorElements.Add(element);
                if (userNames.Count < 3 && cls is not null && cls.AsSpan().ContainsAny(UserNameWords)) userNames.Add(element);
            }
            if (labels.Count < MaxLabels && HeadlineByline.LabelText(element) is { } label) labels.Add(label);
        }

        var href = canonical?.GetAttribute("href");
        var md = new PageMetadata
        {
            JsonLd = JsonLdReader.Read(jsonLd),
            DocumentTitle = title?.TextContent,
            Canonical = string.IsNullOrWhiteSpace(href) ? null : href.Trim(),
            HtmlLang = doc.DocumentElement?.GetAttribute("lang"),
        };
        foreach (var meta in metas)
        {
            var content = meta.GetAttribute("content");
            if (content is null) continue;
            foreach (var attr in (ReadOnlySpan<string>)["property", "name", "itemprop", "http-equiv"])
            {
                var name = meta.GetAttribute(attr);
                if (!string.IsNullOrWhiteSpace(name)) md.Meta.TryAdd(name.Trim(), content);
            }
            if (md.CitationAuthors.Count < MaxCitationAuthors && meta.GetAttribute("name")?.Trim() is { } key
                && (key.Equals("citation_author", StringComparison.OrdinalIgnoreCase) || key.Equals("citation_authors", StringComparison.OrdinalIgnoreCase))
                && !string.IsNullOrWhiteSpace(content))
                md.CitationAuthors.Add(content);
            var property = meta.GetAttribute("property");
            if (string.IsNullOrWhiteSpace(property) || string.IsNullOrWhiteSpace(content)) continue;
            foreach (var token in TokenList.Split(property))
            {
                md.Properties.TryAdd(token, content);
                md.Meta.TryAdd(token, content);
            }
        }
        var h1Texts = h1s.Select(HeadingText.Of).ToList();
        foreach (var text in h1Texts)
            if (text.Length > 0 && !IsTemplatePlaceholder(text)) md.H1s.Add(text);
        foreach (var h2 in h2s)
        {
            var text = TextOf(h2);
            if (text.Length > 0) md.H2s.Add(text);
        }
        if (relAuthor is not null) md.RelAuthor = TextOf(relAuthor);
        if (authorLink is not null) md.AuthorLink = TextOf(authorLink);
        if (itemAuthor is not null && itemAuthor.TagName is not "META" and not "LINK") md.ItempropAuthor = TextOf(itemAuthor);
        md.ThreadAuthor = ThreadAuthors.FromMicrodata(itemAuthor) ?? ThreadAuthors.FromPreloaded(preloaded);
        md.ItempropDatePublishedCount = itemDateCount;
        if (itemDate is not null && itemDate.TagName != "META")
            md.ItempropDatePublished = itemDate.GetAttribute("datetime") ?? itemDate.GetAttribute("content") ?? TextOf(itemDate);
        var pubdates = 0;
        foreach (var time in times)
        {
            var value = time.GetAttribute("datetime");
            if (string.IsNullOrWhiteSpace(value)) continue;
            if (time.HasAttribute("pubdate"))
            {
                md.TimeValues.Insert(0, value);
                md.PubdateTime = ++pubdates == 1 ? value : null;
            }
            else md.TimeValues.Add(value);
        }
        foreach (var element in dateElements)
        {
            md.MetaLineByline ??= HeadlineByline.BesidePortraitIn(element);
            foreach (var attr in (ReadOnlySpan<string>)["title", "content", "datetime", "data-date"])
            {
                var value = element.GetAttribute(attr);
                if (!string.IsNullOrWhiteSpace(value) && value.Length < 80) md.DateTexts.Add(value);
            }
            var text = BoundedText(element, 200);
            if (text.Length < 200) md.DateTexts.Add(text);
        }
        foreach (var element in authorElements)
        {
            if (element.TagName is "IMG") continue;
            var text = BoundedText(element, 150);
            if (text.Length is > 0 and < 150) md.AuthorTexts.Add(text);
            // An author box with a biography is too long to be a name (and an avatar's holder has no text), but the
            // portrait's alt text often is one.
            else md.AuthorPortrait ??= PortraitName(element);
        }
        foreach (var element in userNames)
        {
            if (!InPost(element) || element.QuerySelector("label, input, button, style") is not null) continue;
            // The name comes first; a post's author column goes on with the poster's rank and join date.
            var text = FirstText(element);
            if (text is null || text.Length is < 2 or > 60 || text.Count(c => c == ' ') > 2) continue;
            md.FirstUserName = text;
            break;
        }
        foreach (var label in labels)
            if ((md.LabelledByline = HeadlineByline.From(label, foot: true)) is not null) break;
        var lead = article ?? main ?? doc.Body;
        if (lead is not null) md.LeadText = BoundedText(lead, LeadChars, blockLines: true);
        md.pageBody = doc.Body;
        md.Headline = HeadlineArea.Around(MainHeadline(h1s, h1Texts, md));
        md.scripts = scripts;
        return md;
    }

    /// <summary>The &lt;h1&gt; that names the page (its text opens the og:title or document title), else the first with words in it.</summary>
    /// <param name="h1Texts">The <see cref="HeadingText"/> of each of <paramref name="h1s"/>, read once for both uses.</param>
    private static IElement? MainHeadline(List<IElement> h1s, List<string> h1Texts, PageMetadata md)
    {
        var named = md.Get("og:title") ?? md.DocumentTitle ?? "";
        IElement? first = null;
        for (var i = 0; i < h1s.Count; i++)
        {
            var h1 = h1s[i];
            var text = TextNormaliser.Collapse(h1Texts[i]);
            if (text.Length < 8) continue;
            first ??= h1;
            var probe = text.Length > 30 ? text[..30] : text;
            if (named.Contains(probe, StringComparison.OrdinalIgnoreCase)) return h1;
        }
        return first;
    }

    // One vectorised search per class or id instead of a dozen case-insensitive scans: this runs for every element.
    private static readonly SearchValues<string> DateWords = SearchValues.Create(
        ["date", "publish", "posted", "datum", "time", "byline", "fecha", "entry-meta", "post-meta", "article-meta", "article__meta"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> UserNameWords = SearchValues.Create(["username", "user-name", "postleft"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> AuthorWords = SearchValues.Create(["author", "byline"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Every word the date, author and user-name checks look for: most classes and ids hold none of them.</summary>
    private static readonly SearchValues<string> AnyKeyWords = SearchValues.Create(
        ["date", "publish", "posted", "datum", "time", "byline", "fecha", "meta", "author", "username", "user-name", "postleft"],
        StringComparison.OrdinalIgnoreCase);

    private static bool NamesAnyKey(string? key) => !string.IsNullOrEmpty(key) && key.AsSpan().ContainsAny(AnyKeyWords);

    private static readonly SearchValues<string> PostWords = SearchValues.Create(["post", "message", "topic", "thread", "comment", "reply"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The first run of visible text under <paramref name="root"/>, collapsed; a bounded walk.</summary>
    private static string? FirstText(IElement root)
    {
        var stack = new Stack<INode>();
        stack.Push(root);
        for (var visited = 0; stack.Count > 0 && visited < 200; visited++)
        {
            var node = stack.Pop();
            if (node is IText t && !string.IsNullOrWhiteSpace(t.Data)) return TextNormaliser.Collapse(t.Data.Length > 200 ? t.Data[..200] : t.Data);
            if (node is IElement e && e.TagName is "SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE") continue;
            for (var i = node.ChildNodes.Length - 1; i >= 0; i--) stack.Push(node.ChildNodes[i]);
        }
        return null;
    }

    private static string? PortraitName(IElement box)
    {
        var alt = box.QuerySelector("img[alt]")?.GetAttribute("alt");
        return alt is { Length: > 3 and < 60 } && PortraitAlt().IsMatch(alt.Trim()) ? alt.Trim() : null;
    }

    /// <summary>Two to four capitalised words, none of them a word describing the picture instead of naming its subject.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?!.*\b(?i:avatar|photo|image|picture|headshot|logo|profile|author|icon|portrait)\b)\p{Lu}[\p{L}'’.\-]+( \p{Lu}[\p{L}'’.\-]+){1,3}$")]
    private static partial System.Text.RegularExpressions.Regex PortraitAlt();

    /// <summary>
    /// Inside the site's menus, or a sidebar outside the article: the writers listed there ("Our columnists", "Follow")
    /// are the site's, not this page's. An aside within the article may hold its own byline.
    /// </summary>
    private static bool InSiteFurniture(IElement element)
    {
        var inAside = false;
        // Bounded, so a page of deeply nested author-classed elements stays linear.
        var e = element.ParentElement;
        for (var depth = 0; e is not null && depth < FurnitureReach; depth++, e = e.ParentElement)
        {
            var role = e.GetAttribute("role");
            if (e.TagName is "NAV" || role is "navigation") return true;
            if (e.TagName is "ARTICLE") return false;
            inAside |= e.TagName is "ASIDE" || role is "complementary";
        }
        return inAside;
    }

    /// <summary>Inside a post (an &lt;article&gt;, or an element whose class or id says post, message, topic…), not a site header's account menu.</summary>
    private static bool InPost(IElement element)
    {
        var e = element.ParentElement;
        for (var depth = 0; e is not null && depth < 10; depth++, e = e.ParentElement)
        {
            if (e.TagName is "ARTICLE") return true;
            if (e.TagName is "HEADER" or "NAV" or "FORM" or "BODY") return false;
            if (e.GetAttribute("class") is { } c && c.AsSpan().ContainsAny(PostWords) || e.Id is { } id && id.AsSpan().ContainsAny(PostWords)) return true;
        }
        return false;
    }

    /// <summary>A class or id that names a date; in a class a bare "meta" token counts too.</summary>
    private static bool IsDateKey(string? key, bool isClass)
    {
        if (string.IsNullOrEmpty(key)) return false;
        if (key.AsSpan().ContainsAny(DateWords)) return true;
        // "published" is in DateWords already, so an ABBR class="published" was caught above.
        return isClass && TokenList.Has(key, "meta");
    }

    private static bool IsAuthorKey(string? key) => !string.IsNullOrEmpty(key) && key.AsSpan().ContainsAny(AuthorWords);

    private static bool IsAuthorPath(string? href) =>
        href is { Length: < 300 } && (href.Contains("/author/", StringComparison.OrdinalIgnoreCase) || href.Contains("/authors/", StringComparison.OrdinalIgnoreCase));


    private const int LeadChars = 3000;
    private const int FurnitureReach = 40;
    private const int MaxJsonLdBlocks = 50;
    private const int MaxLabels = 8;
    private const int MaxH2s = 10;
    private const int MaxCitationAuthors = 12;
    private const int PageChars = 60000;

    /// <summary>A client-side template's unrendered text ("{{ $localize('cart.summary') }}"): no heading of the page.</summary>
    internal static bool IsTemplatePlaceholder(string text) =>
        text.StartsWith("{{", StringComparison.Ordinal) && text.EndsWith("}}", StringComparison.Ordinal);

    /// <summary>
    /// Visible text in document order, stopping after <paramref name="limit"/> characters; iterative. With
    /// <paramref name="blockLines"/>, a line per block element (<see cref="BlockText.IsBlock"/>, and at each &lt;br&gt;; see
    /// <see cref="TextNormaliser.CollapseToLines"/>).
    /// </summary>
    internal static string BoundedText(IElement root, int limit, bool blockLines = false)
    {
        var sb = new System.Text.StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0 && sb.Length < limit)
        {
            var node = stack.Pop();
            if (node is IText text) { sb.Append(text.Data).Append(' '); continue; }
            if (node is IElement e && e.TagName is "SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE" or "NAV" or "SELECT") continue;
            if (blockLines && node is IElement block && (BlockText.IsBlock(block) || block.TagName == "BR")) sb.Append(TextNormaliser.LineMark);
            for (var i = node.ChildNodes.Length - 1; i >= 0; i--) stack.Push(node.ChildNodes[i]); // by index: PreviousSibling scans the parent
        }
        return blockLines ? TextNormaliser.CollapseToLines(sb.ToString()) : TextNormaliser.Collapse(sb.ToString());
    }

    internal static string TextOf(IElement element) => TextNormaliser.Collapse(element.TextContent);
}
