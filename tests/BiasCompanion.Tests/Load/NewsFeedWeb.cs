using System.Globalization;
using System.Text;
using BiasCompanion.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BiasCompanion.Tests.Load;

/// <summary>
/// A few RSS feeds on the loopback fixture web whose content moves on in rounds: <see cref="Publish"/> puts a batch
/// of items into the feeds (spread over them), each feed answers with an ETag and 304 to a revalidation, so the host
/// reads each round once. Items carry their whole text (content:encoded), so no page is fetched.
/// </summary>
public sealed class NewsFeedWeb : IAsyncDisposable
{
    private readonly FixtureWeb _web;
    private readonly string[] _feeds;
    private int _round;
    private DateTimeOffset? _roundFirstServed;

    private NewsFeedWeb(FixtureWeb web, int feeds)
    {
        _web = web;
        _feeds = Enumerable.Repeat(Rss(""), feeds).ToArray();
    }

    public IReadOnlyList<Uri> FeedUrls => Enumerable.Range(0, _feeds.Length).Select(i => _web.Url($"/feeds/{i}.xml")).ToList();

    /// <summary>When a feed first answered with the current round's items (this process's clock), null before.</summary>
    public DateTimeOffset? RoundFirstServed
    {
        get { lock (_feeds) return _roundFirstServed; }
    }

    public string RoundETag
    {
        get { lock (_feeds) return ETag(_round); }
    }

    public static async Task<NewsFeedWeb> StartAsync(int feeds)
    {
        NewsFeedWeb? self = null;
        var web = await FixtureWeb.StartAsync(app => app.MapGet("/feeds/{n:int}.xml", (int n, HttpContext context) => self!.Serve(n, context)));
        self = new NewsFeedWeb(web, feeds);
        return self;
    }

    /// <summary>The next round: <paramref name="items"/> spread round-robin over the feeds, plus <paramref name="repeats"/> (urls already published, with a tracking parameter, which the host must see as duplicates).</summary>
    public void Publish(IReadOnlyList<NewsItem> items, IReadOnlyList<NewsItem>? repeats = null)
    {
        // Repeats first in each feed, so a round's last commit comes after all of its duplicate checks.
        var perFeed = Enumerable.Range(0, _feeds.Length).Select(_ => new StringBuilder()).ToArray();
        var extra = repeats ?? [];
        for (var i = 0; i < extra.Count; i++)
            perFeed[i % perFeed.Length].Append(Item(extra[i], extra[i].Url + (extra[i].Url.Contains('?') ? "&" : "?") + "utm_source=rss&utm_medium=feed"));
        for (var i = 0; i < items.Count; i++) perFeed[i % perFeed.Length].Append(Item(items[i], items[i].Url));
        lock (_feeds)
        {
            for (var i = 0; i < _feeds.Length; i++) _feeds[i] = Rss(perFeed[i].ToString());
            _round++;
            _roundFirstServed = null;
        }
    }

    private IResult Serve(int n, HttpContext context)
    {
        if (n < 0 || n >= _feeds.Length) return Results.NotFound();
        string body, etag;
        lock (_feeds)
        {
            etag = ETag(_round);
            if (context.Request.Headers.IfNoneMatch.ToString() == etag) return Results.StatusCode(StatusCodes.Status304NotModified);
            body = _feeds[n];
            _roundFirstServed ??= DateTimeOffset.UtcNow;
        }
        context.Response.Headers.ETag = etag;
        return Results.Text(body, "application/rss+xml; charset=utf-8");
    }

    private static string ETag(int round) => $"\"round-{round}\"";

    private static string Rss(string items) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">" +
        $"<channel><title>Load fixture</title><link>http://127.0.0.1/</link>{items}</channel></rss>";

    private static string Item(NewsItem item, string url)
    {
        var paragraphs = string.Concat(item.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => "<p>" + NewsItems.Escape(p) + "</p>"));
        var published = item.Published is { } p2 ? $"<pubDate>{p2.ToString("r", CultureInfo.InvariantCulture)}</pubDate>" : "";
        return $"<item><title>{NewsItems.Escape(item.Title)}</title><link>{NewsItems.Escape(url)}</link><guid>{NewsItems.Escape(url)}</guid>{published}" +
               $"<content:encoded><![CDATA[{paragraphs.Replace("]]>", "]]&gt;", StringComparison.Ordinal)}]]></content:encoded></item>";
    }

    public ValueTask DisposeAsync() => _web.DisposeAsync();
}
