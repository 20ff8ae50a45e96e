using BiasCompanion.Host.Storage;
using Microsoft.Data.Sqlite;

namespace BiasCompanion.Tests.Load;

/// <summary>
/// Read-only looks into the host's SQLite file while it runs (WAL lets a reader in beside the writer): which story an
/// article ended in (merges followed) and when the matcher committed it (<c>story_members.joined_utc</c>, the
/// host's clock in ms, written in the transaction that places the article).
/// </summary>
public sealed class StoreProbe(string dataDir)
{
    public sealed record Placement(long ArticleId, string CanonicalUrl, long StoryId, long JoinedMs);

    /// <summary>Where each of <paramref name="urls"/> was placed, by the url as given (missing when not placed).</summary>
    public Dictionary<string, Placement> Placements(IEnumerable<string> urls)
    {
        var wanted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var url in urls)
            if (CanonicalUrls.TryParseWebUrl(url) is { } uri) wanted[CanonicalUrls.Normalize(uri)] = url;
        var redirects = Redirects();
        var result = new Dictionary<string, Placement>(StringComparer.Ordinal);
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT a.id, a.canonical_url, m.story_id, m.joined_utc FROM articles a JOIN story_members m ON m.article_id = a.id";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var canonical = reader.GetString(1);
            if (!wanted.TryGetValue(canonical, out var url)) continue;
            result[url] = new Placement(reader.GetInt64(0), canonical, Resolve(redirects, reader.GetInt64(2)), reader.GetInt64(3));
        }
        return result;
    }

    /// <summary>When each placed article was committed to its story (joined_utc, ms), by article id.</summary>
    public Dictionary<long, long> JoinedTimes()
    {
        var joined = new Dictionary<long, long>();
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT article_id, joined_utc FROM story_members";
        using var reader = command.ExecuteReader();
        while (reader.Read()) joined[reader.GetInt64(0)] = reader.GetInt64(1);
        return joined;
    }

    /// <summary>
    /// Push latency of each push: its arrival minus the commit of the newest article the pushed report holds (the
    /// commit that caused it, or a later one the report already included). Pushes whose articles are unknown are skipped.
    /// </summary>
    public static List<double> PushLatencies(IEnumerable<HubWatcher.Push> pushes, Dictionary<long, long> joined, DateTimeOffset? since = null)
    {
        var latencies = new List<double>();
        foreach (var push in pushes)
        {
            if (since is { } from && push.At < from) continue;
            var newest = push.ArticleIds.Select(id => joined.GetValueOrDefault(id, -1)).DefaultIfEmpty(-1).Max();
            if (newest > 0) latencies.Add((push.At - DateTimeOffset.FromUnixTimeMilliseconds(newest)).TotalMilliseconds);
        }
        return latencies;
    }

    /// <summary>The live story a (possibly merged) story id now is.</summary>
    public long Resolve(long storyId) => Resolve(Redirects(), storyId);

    public long ArticleCount()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM articles";
        return (long)command.ExecuteScalar()!;
    }

    private static long Resolve(Dictionary<long, long> redirects, long id)
    {
        for (var hops = 0; hops < 100 && redirects.TryGetValue(id, out var next); hops++) id = next;
        return id;
    }

    private Dictionary<long, long> Redirects()
    {
        var redirects = new Dictionary<long, long>();
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT old_story_id, story_id FROM story_redirects";
        using var reader = command.ExecuteReader();
        while (reader.Read()) redirects[reader.GetInt64(0)] = reader.GetInt64(1);
        return redirects;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDir, "biascompanion.db"),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        return connection;
    }
}
