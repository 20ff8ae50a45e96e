using System.Net;
using System.Text.Json;

namespace BiasCompanion.Tests.Infrastructure;

/// <summary>Small news pages written for the tests: one story told by several outlets, and a home page.</summary>
public static class FixturePages
{
    public static readonly string[] LavrovParagraphs =
    [
        "Russian Foreign Minister Sergei Lavrov met North Korean leader Kim Jong Un in the coastal city of Wonsan on Saturday, the Russian foreign ministry said.",
        "Lavrov described relations between Moscow and Pyongyang as an invincible fighting brotherhood during the three-day visit to North Korea.",
        "The visit followed joint military drills by the United States, South Korea and Japan near the Korean Peninsula, which Pyongyang condemned.",
        "Lavrov also held talks with North Korean Foreign Minister Choe Son Hui in Wonsan, and said Moscow respected Pyongyang's nuclear programme.",
        "North Korea has supplied Russia with artillery shells and ballistic missiles for the war in Ukraine, according to a United Nations report.",
    ];

    /// <summary>The same story in other words: another outlet's own reporting, not a copy.</summary>
    public static readonly string[] LavrovRetold =
    [
        "North Korean leader Kim Jong Un welcomed Sergei Lavrov, Russia's top diplomat, at the seaside resort of Wonsan, state media in Pyongyang reported.",
        "Kim told Lavrov that North Korea would keep backing Moscow, and the Russian minister called the alliance between the two countries invincible.",
        "Washington, Seoul and Tokyo held air drills near the peninsula days before the trip, drills the North calls rehearsals for an invasion.",
        "Analysts said the meeting signals deepening military ties, with thousands of North Korean troops expected to reinforce Russian forces against Ukraine.",
    ];

    public static string Article(string headline, IEnumerable<string> paragraphs, DateTimeOffset published, string author = "Staff Reporter", string? canonical = null)
    {
        var body = string.Join("\n", paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));
        var jsonLd = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = headline,
            ["datePublished"] = published.ToString("yyyy-MM-ddTHH:mm:sszzz"),
            ["author"] = new { @type = "Person", name = author },
        });
        var canonicalLink = canonical is null ? "" : $"<link rel=\"canonical\" href=\"{canonical}\">";
        return $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <title>{WebUtility.HtmlEncode(headline)} | Example News</title>
            <meta property="og:type" content="article">
            <meta property="og:title" content="{WebUtility.HtmlEncode(headline)}">
            <meta property="article:published_time" content="{published:yyyy-MM-ddTHH:mm:sszzz}">
            {canonicalLink}
            <script type="application/ld+json">{jsonLd}</script>
            </head><body>
            <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
            <main><article>
            <h1>{WebUtility.HtmlEncode(headline)}</h1>
            <p class="byline">By {WebUtility.HtmlEncode(author)}</p>
            {body}
            </article></main>
            <footer><p>Copyright Example News. All rights reserved.</p></footer>
            </body></html>
            """;
    }

    public static string Lavrov(int variant, DateTimeOffset published) => variant switch
    {
        0 => Article("Russia's Lavrov meets North Korea's Kim, praises ties as 'invincible brotherhood'", LavrovParagraphs, published),
        1 => Article("Lavrov hails 'invincible brotherhood' with North Korea in talks with Kim Jong Un in Wonsan",
            LavrovParagraphs.Reverse().Select(p => p.Replace("on Saturday", "this weekend")), published, "Foreign Desk"),
        _ => Article("Kim Jong Un receives Russian Foreign Minister Lavrov in Wonsan", LavrovRetold, published, "Asia Correspondent"),
    };

    public static string HomePage() => """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example News - Breaking news, world, politics</title>
        <meta property="og:type" content="website"></head><body>
        <nav><a href="/world">World</a> <a href="/us">US</a> <a href="/politics">Politics</a> <a href="/business">Business</a></nav>
        <ul>
        <li><a href="/world/a">Storm hits the coast</a></li><li><a href="/world/b">Markets rally</a></li>
        <li><a href="/world/c">Election results</a></li><li><a href="/world/d">New vaccine approved</a></li>
        <li><a href="/world/e">Summit ends</a></li><li><a href="/world/f">Transfer news</a></li>
        </ul></body></html>
        """;
}
