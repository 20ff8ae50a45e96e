using System.Globalization;
using System.Text;
using System.Text.Json;

namespace BiasCompanion.Tests.Load;

/// <summary>One news article as a feed item or a page: the load test's and the ingest bench's unit of work.</summary>
public sealed record NewsItem(string Id, string Story, string Title, string Text, DateTimeOffset? Published, string Url);

/// <summary>
/// Articles grouped by the story they belong to: read from the clustering dev files (in place, at run time) or
/// generated (synthetic stories with their own vocabulary, for the tests that must not depend on the data).
/// </summary>
public static class NewsItems
{
    private static readonly string[] ClusteringFiles = ["allsides-dev", "basil-dev", "ecbplus-dev", "giveme5w1h-dev", "neus-train"];

    /// <summary>../shared/data/clustering, found by walking up from this assembly; null when absent.</summary>
    public static string? ClusteringFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "shared", "data", "clustering");
            if (ClusteringFiles.All(f => File.Exists(Path.Combine(folder, f + ".jsonl")))) return folder;
        }
        return null;
    }

    /// <summary>
    /// Stories of the clustering files with at least <paramref name="minArticles"/> articles (title and text present),
    /// each story's articles in date order. Urls are made unique per run under <paramref name="runTag"/> (the outlet's
    /// domain is kept so outlets resolve; rows without a url get one on a domain made from their source).
    /// </summary>
    public static List<List<NewsItem>> FromClustering(string folder, int minArticles, string runTag)
    {
        var stories = new Dictionary<string, List<NewsItem>>(StringComparer.Ordinal);
        foreach (var file in ClusteringFiles)
        {
            foreach (var line in File.ReadLines(Path.Combine(folder, file + ".jsonl")))
            {
                if (line.Length == 0) continue;
                var row = JsonDocument.Parse(line).RootElement;
                var title = Text(row, "title");
                var text = Text(row, "text");
                var cluster = Text(row, "cluster");
                var id = Text(row, "id");
                if (title.Length == 0 || text.Length == 0 || cluster.Length == 0 || id.Length == 0) continue;
                DateTimeOffset? date = DateTimeOffset.TryParse(Text(row, "date"), CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal, out var d) ? d : null;
                var url = UrlOf(Text(row, "url"), Text(row, "source"), id, runTag);
                var key = file + ":" + cluster;
                if (!stories.TryGetValue(key, out var list)) stories[key] = list = [];
                list.Add(new NewsItem(id, key, title, text, date, url));
            }
        }
        return stories.Values.Where(s => s.Count >= minArticles)
            .Select(s => s.OrderBy(i => i.Published ?? DateTimeOffset.MaxValue).ThenBy(i => i.Id, StringComparer.Ordinal).ToList())
            .OrderBy(s => s[0].Id, StringComparer.Ordinal)
            .ToList();
    }

    private static string Text(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : "";

    private static string UrlOf(string url, string source, string id, string runTag)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            return $"{uri.Scheme}://{uri.Authority}/{runTag}/{id}{uri.AbsolutePath}";
        var slug = new string(source.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(30).ToArray());
        return $"https://{(slug.Length > 0 ? slug : "unknown")}.bench.invalid/{runTag}/{id}";
    }

    private static readonly string[] Syllables =
        ["bra", "cor", "del", "fin", "gam", "hol", "jur", "kel", "lam", "mor", "nev", "pol", "quin", "ros", "sal", "tur", "vek", "wal", "zan", "yor"];

    private static readonly string[] Outlets = ["apnews.com", "reuters.com", "foxnews.com", "cnn.com", "bbc.co.uk", "nytimes.com", "breitbart.com", "theguardian.com"];

    /// <summary>
    /// <paramref name="stories"/> synthetic stories of <paramref name="perStory"/> articles each: every story has its
    /// own made-up place and people names (so its articles share rare terms and match together), on real outlets'
    /// domains, a few hours apart.
    /// </summary>
    public static List<List<NewsItem>> Synthetic(int stories, int perStory, string runTag, int seed = 1)
    {
        var random = new Random(seed);
        string Word() => string.Concat(Enumerable.Range(0, 3).Select(_ => Syllables[random.Next(Syllables.Length)]));
        var start = new DateTimeOffset(2026, 10, 1, 6, 0, 0, TimeSpan.Zero);
        var result = new List<List<NewsItem>>();
        for (var s = 0; s < stories; s++)
        {
            var names = Enumerable.Range(0, 8).Select(_ => Word()).ToArray();
            var when = start.AddHours(s * 5);
            var items = new List<NewsItem>();
            for (var a = 0; a < perStory; a++)
            {
                var text = new StringBuilder();
                for (var p = 0; p < 6; p++)
                {
                    text.Append(CultureInfo.InvariantCulture,
                        $"Officials in {names[0]} said {names[1]} and {names[2]} met on the {names[3]} question after the {names[4]} report. ");
                    text.Append(CultureInfo.InvariantCulture, $"The {names[5]} council and {names[6]} residents asked about {names[7]} (update {a}, paragraph {p}).\n");
                }
                var id = $"s{s}a{a}";
                items.Add(new NewsItem(id, $"synthetic:{s}", $"{names[0]} {names[1]} talks on {names[3]} ({a})", text.ToString(), when.AddMinutes(20 * a),
                    $"https://www.{Outlets[(s + a) % Outlets.Length]}/{runTag}/{id}"));
            }
            result.Add(items);
        }
        return result;
    }

    /// <summary>A minimal article page for a lookup (title, OpenGraph article, date, paragraphs).</summary>
    public static string Page(NewsItem item)
    {
        var html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>{Escape(item.Title)}</title><meta property=\"og:type\" content=\"article\">");
        html.Append(CultureInfo.InvariantCulture, $"<meta property=\"og:title\" content=\"{Escape(item.Title)}\">");
        if (item.Published is { } published)
            html.Append(CultureInfo.InvariantCulture, $"<meta property=\"article:published_time\" content=\"{published:O}\">");
        html.Append(CultureInfo.InvariantCulture, $"</head><body><header><nav><a href=\"/\">Home</a></nav></header><main><article><h1>{Escape(item.Title)}</h1>");
        foreach (var paragraph in item.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            html.Append(CultureInfo.InvariantCulture, $"<p>{Escape(paragraph)}</p>");
        html.Append("</article></main><footer>Footer</footer></body></html>");
        return html.ToString();
    }

    public static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);
}
