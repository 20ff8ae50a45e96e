using System.Text;

namespace BiasCompanion.Host.Extraction.WarmUp;

/// <summary>
/// Generated pages shaped like the news and blog pages the extractor meets (menus, metadata, an article with
/// paragraphs, lists, a table, figures, related links, scripts, a footer), plus a listing page and a short page
/// that send SmartReader down its retry and fallback paths. The text is made up here from a small word list.
/// </summary>
public static class WarmUpPages
{
    private static readonly string[] Words =
    [
        "council", "minister", "vote", "budget", "river", "storm", "court", "ruling", "market", "shares", "energy",
        "school", "report", "police", "city", "election", "league", "season", "health", "hospital", "company",
        "workers", "strike", "bridge", "plan", "said", "would", "after", "before", "during", "their", "new", "first",
        "last", "week", "year", "percent", "million", "state", "federal", "local", "officials", "residents", "data",
    ];

    public static IReadOnlyList<(string Url, string Html)> All(int seed = 7)
    {
        var random = new Random(seed);
        return
        [
            ("https://warmup.example/news/2026/03/04/council-budget-vote", Article(random, paragraphs: 24, withTable: true)),
            ("https://warmup.example/world/storm-reaches-coast", Article(random, paragraphs: 9, withTable: false)),
            ("https://warmup.example/sections/politics", Listing(random, cards: 40)),
            ("https://warmup.example/video/clip-123", Article(random, paragraphs: 1, withTable: false)),
            ("https://warmup.example/blog/2026/03/long-read", Messy(random, paragraphs: 30)),
            ("https://warmup.example/opinion/short-take", Messy(random, paragraphs: 5)),
        ];
    }

    private static string Sentence(Random random, int words)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            var word = Words[random.Next(Words.Length)];
            if (i == 0) word = char.ToUpperInvariant(word[0]) + word[1..];
            sb.Append(word).Append(i == words - 1 ? ". " : " ");
            if (i == words / 2 && random.Next(4) == 0) sb.Append(random.Next(1, 999)).Append(" &amp; ");
        }
        return sb.ToString();
    }

    private static string Head(Random random, string title, bool article)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(title).Append(" | Warmup Times</title>");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width\"><link rel=\"canonical\" href=\"https://warmup.example/a\">");
        sb.Append("<meta property=\"og:title\" content=\"").Append(title).Append("\"><meta property=\"og:site_name\" content=\"Warmup Times\">");
        sb.Append("<meta property=\"og:type\" content=\"").Append(article ? "article" : "website").Append("\"><meta name=\"author\" content=\"Jane Writer\">");
        sb.Append("<meta property=\"article:published_time\" content=\"2026-03-04T09:15:00+01:00\"><style>.nav{display:flex}.ad{height:90px}</style>");
        sb.Append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"")
            .Append(title).Append("\",\"datePublished\":\"2026-03-04T09:15:00+01:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Writer\"}],")
            .Append("\"publisher\":{\"@type\":\"Organization\",\"name\":\"Warmup Times\"}}]}</script>");
        sb.Append("<script>window.dataLayer=window.dataLayer||[];function track(e){dataLayer.push(e)}</script></head>");
        sb.Append("<body class=\"page\"><header class=\"site-header\"><a class=\"logo\" href=\"/\"><svg viewBox=\"0 0 10 10\"><path d=\"M0 0h10v10z\"/></svg>Warmup Times</a>");
        sb.Append("<nav class=\"nav main-menu\"><ul>");
        for (var i = 0; i < 12; i++) sb.Append("<li class=\"menu-item\"><a href=\"/section/").Append(i).Append("\">").Append(Words[random.Next(Words.Length)]).Append("</a></li>");
        sb.Append("</ul></nav><form class=\"search\"><input type=\"search\" name=\"q\"><button>Search</button></form></header>");
        sb.Append("<div class=\"ad banner\" id=\"ad-top\"><iframe src=\"about:blank\"></iframe></div>");
        return sb.ToString();
    }

    private static string Foot(Random random)
    {
        var sb = new StringBuilder("<aside class=\"related sidebar\"><h3>Most read</h3><ol>");
        for (var i = 0; i < 8; i++) sb.Append("<li><a href=\"/news/").Append(i).Append("\">").Append(Sentence(random, 7)).Append("</a></li>");
        sb.Append("</ol></aside><footer class=\"site-footer\"><p>&copy; 2026 Warmup Times. All rights reserved.</p><ul>");
        for (var i = 0; i < 6; i++) sb.Append("<li><a href=\"/about/").Append(i).Append("\">About ").Append(i).Append("</a></li>");
        sb.Append("</ul></footer><!-- analytics --><script src=\"/app.js\" async></script></body></html>");
        return sb.ToString();
    }

    private static string Article(Random random, int paragraphs, bool withTable)
    {
        var title = Sentence(random, 8).Trim().TrimEnd('.');
        var sb = new StringBuilder(Head(random, title, article: true));
        sb.Append("<main id=\"content\"><article class=\"story post\"><div class=\"story-header\"><h1 class=\"headline\">").Append(title).Append("</h1>");
        sb.Append("<div class=\"byline\">By <a rel=\"author\" href=\"/by/jane\">Jane Writer</a> &middot; <time datetime=\"2026-03-04T09:15:00+01:00\">4 March 2026</time></div></div>");
        sb.Append("<figure class=\"lead-image\"><img src=\"/i/1.jpg\" srcset=\"/i/1.jpg 1x, /i/1@2x.jpg 2x\" alt=\"\"><figcaption>").Append(Sentence(random, 9)).Append("</figcaption></figure>");
        sb.Append("<div class=\"story-body entry-content\">");
        for (var i = 0; i < paragraphs; i++)
        {
            sb.Append("<p>").Append(Sentence(random, 14)).Append("<a href=\"/topic/").Append(i).Append("\">").Append(Words[random.Next(Words.Length)])
              .Append("</a> ").Append("<em>").Append(Sentence(random, 5)).Append("</em>").Append(Sentence(random, 18)).Append("</p>");
            if (i == 3) sb.Append("<div class=\"ad inline-ad\"><span>Advertisement</span></div><h2>").Append(Sentence(random, 5)).Append("</h2>");
            if (i == 6) sb.Append("<blockquote><p>").Append(Sentence(random, 12)).Append("</p></blockquote><ul><li>").Append(Sentence(random, 6)).Append("</li><li>").Append(Sentence(random, 6)).Append("</li></ul>");
            if (i == 8 && withTable)
            {
                sb.Append("<table><thead><tr><th>Item</th><th>2025</th><th>2026</th></tr></thead><tbody>");
                for (var r = 0; r < 8; r++) sb.Append("<tr><td>").Append(Words[random.Next(Words.Length)]).Append("</td><td>").Append(random.Next(999)).Append("</td><td>").Append(random.Next(999)).Append("</td></tr>");
                sb.Append("</tbody></table>");
            }
        }
        sb.Append("<div class=\"share-tools\"><button>Share</button><a href=\"#\">Facebook</a><a href=\"#\">X</a></div>");
        sb.Append("<p class=\"read-more\">Read more: <a href=\"/more\">").Append(Sentence(random, 6)).Append("</a></p></div></article></main>");
        sb.Append(Foot(random));
        return sb.ToString();
    }

    /// <summary>
    /// Markup as sites really write it, for the parser's error-recovery paths and the rarer elements: deep wrappers,
    /// upper-case and unquoted attributes, misnested formatting tags, paragraphs closed implicitly, a table with stray
    /// text, line-break paragraphs, entities, pictures, noscript images, inline SVG, code, definition lists.
    /// </summary>
    private static string Messy(Random random, int paragraphs)
    {
        var title = Sentence(random, 9).Trim().TrimEnd('.');
        var sb = new StringBuilder(Head(random, title, article: true));
        for (var depth = 0; depth < 14; depth++) sb.Append("<DIV class=wrap-").Append(depth).Append(" data-depth='").Append(depth).Append("' aria-label=\"x\">");
        sb.Append("<h1 itemprop=headline>").Append(title).Append("</h1><p class=meta>by <span itemprop=author>Sam Reporter</span> &mdash; <time>March 4, 2026</time>");
        sb.Append("<picture><source srcset=\"/i/2.webp\" type=\"image/webp\"><img src=/i/2.jpg alt=''></picture><noscript><img src=\"/i/2.jpg\"></noscript>");
        sb.Append("<svg width=16 height=16><g><path d=\"M1 1L15 15\"/><circle cx=8 cy=8 r=3 /></g></svg>");
        for (var i = 0; i < paragraphs; i++)
        {
            sb.Append("<p>").Append(Sentence(random, 12)).Append("<b>").Append(Sentence(random, 3)).Append("<i>").Append(Sentence(random, 3))
              .Append("</b>").Append(Sentence(random, 4)).Append("</i> &#8220;").Append(Sentence(random, 6)).Append("&#8221; &hellip; ");
            if (i % 4 == 1) sb.Append("<br>").Append(Sentence(random, 10)).Append("<br><br>").Append(Sentence(random, 8));
            if (i % 6 == 2) sb.Append("<h3>").Append(Sentence(random, 4)).Append("</h3>");
            if (i % 7 == 3) sb.Append("<pre><code>var total = items.Sum(x =&gt; x.Price);</code></pre>");
            if (i % 9 == 4) sb.Append("<dl><dt>").Append(Words[random.Next(Words.Length)]).Append("<dd>").Append(Sentence(random, 7)).Append("</dl>");
            if (i % 10 == 5) sb.Append("<table><tr><td>").Append(random.Next(99)).Append("<td>").Append(Sentence(random, 3)).Append("</tr>stray text</table>");
            if (i % 8 == 6) sb.Append("<input type=hidden name=token value=abc><select><option>One<option>Two</select><video src=/v.mp4 controls></video>");
            if (i % 5 == 0) sb.Append("<!-- paragraph ").Append(i).Append(" -->");
        }
        sb.Append("<div class=\"tags\"><a href=/t/1 rel=tag>").Append(Words[random.Next(Words.Length)]).Append("</a></div>");
        for (var depth = 0; depth < 14; depth++) sb.Append("</DIV>");
        sb.Append("<div id=comments class=comments><h4>3 comments</h4><form><textarea></textarea><button>Post</button></form></div>");
        sb.Append(Foot(random));
        return sb.ToString();
    }

    private static string Listing(Random random, int cards)
    {
        var sb = new StringBuilder(Head(random, "Politics", article: false));
        sb.Append("<main><h1>Politics</h1><div class=\"card-list\">");
        for (var i = 0; i < cards; i++)
            sb.Append("<div class=\"card\"><a href=\"/news/").Append(i).Append("\"><img src=\"/t/").Append(i).Append(".jpg\" alt=\"\"><h3>")
              .Append(Sentence(random, 8)).Append("</h3></a><p class=\"summary\">").Append(Sentence(random, 16)).Append("</p><span class=\"time\">2 hours ago</span></div>");
        sb.Append("</div></main>").Append(Foot(random));
        return sb.ToString();
    }
}
