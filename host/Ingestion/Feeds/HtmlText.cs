using System.Net;
using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Host.Ingestion.Feeds;

/// <summary>Plain text from the HTML snippets feeds carry (titles, summaries, full content).</summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "BR", "BLOCKQUOTE", "TR", "SECTION", "ARTICLE", "FIGCAPTION", "PRE",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "SCRIPT", "STYLE", "NOSCRIPT", "IFRAME", "SVG" };

    /// <summary>The extractor's default: snippets nested deeper would cost the parse seconds (see <see cref="OpenTagDepth"/>).</summary>
    private const int MaxOpenTags = ExtractionOptions.DefaultMaxOpenTags;

    public static string ToPlainText(string? html, bool singleLine = false)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        string text;
        if (html.IndexOf('<') < 0)
        {
            text = WebUtility.HtmlDecode(html);
        }
        else if (OpenTagDepth.Max(html, MaxOpenTags) > MaxOpenTags)
        {
            // Found by the long fuzz: 16,000 unclosed <div>s in one item's content took the parse 1.5 s. Drop the tags instead.
            text = WebUtility.HtmlDecode(WithoutTags(html));
        }
        else
        {
            var document = new HtmlParser(new HtmlParserOptions { IsStrictMode = false }, BrowsingContext.New(ArticleExtractor.ParseConfiguration))
                .ParseDocument($"<body>{html}</body>");
            var builder = new StringBuilder(html.Length);
            Append(document.Body!, builder, depth: 0);
            text = builder.ToString();
        }
        var lines = text.Split('\n').Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => l.Length > 0);
        return singleLine ? string.Join(' ', lines) : string.Join('\n', lines);
    }

    /// <summary>The text outside tags, each tag read as a space; one pass (a regex would rescan after every unclosed '&lt;').</summary>
    private static string WithoutTags(string html)
    {
        var builder = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<') inTag = true;
            else if (c == '>' && inTag)
            {
                inTag = false;
                builder.Append(' ');
            }
            else if (!inTag) builder.Append(c);
        }
        return builder.ToString();
    }

    private static void Append(INode node, StringBuilder builder, int depth)
    {
        if (depth > 200) return; // hostile nesting: what is deeper is not text a reader needs
        foreach (var child in node.ChildNodes)
        {
            if (child is IText textNode) builder.Append(textNode.Data);
            else if (child is IElement element && !Skipped.Contains(element.TagName))
            {
                var block = Blocks.Contains(element.TagName);
                if (block) builder.Append('\n');
                Append(element, builder, depth + 1);
                if (block) builder.Append('\n');
            }
        }
    }
}
