using BiasCompanion.Host.Storage;
using Microsoft.Data.Sqlite;

namespace BiasCompanion.Host.Ingestion;

/// <summary>The feed_state table: validators, schedule, failures and counts per feed url.</summary>
public sealed class FeedStateStore(SqliteDatabase database)
{
    private const string Columns = "url, outlet_id, etag, last_modified, last_poll_utc, last_success_utc, last_error, last_error_utc, failures, parked, items_stored, next_poll_utc";

    /// <summary>Adds feeds not yet known, due now. Known feeds keep their state.</summary>
    public void EnsureKnown(IEnumerable<(string Url, string? OutletId)> feeds, DateTimeOffset now)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR IGNORE INTO feed_state(url, outlet_id, next_poll_utc) VALUES ($url, $outlet, $now)";
        var url = command.Parameters.Add("$url", SqliteType.Text);
        var outlet = command.Parameters.Add("$outlet", SqliteType.Text);
        command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        foreach (var feed in feeds)
        {
            url.Value = feed.Url;
            outlet.Value = (object?)feed.OutletId ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    public IReadOnlyList<FeedState> Due(DateTimeOffset now, int limit) =>
        Query($"SELECT {Columns} FROM feed_state WHERE next_poll_utc <= $now ORDER BY next_poll_utc LIMIT $limit",
            ("$now", now.ToUnixTimeMilliseconds()), ("$limit", limit));

    public IReadOnlyList<FeedState> All() => Query($"SELECT {Columns} FROM feed_state ORDER BY url");

    public FeedState? Get(string url) => Query($"SELECT {Columns} FROM feed_state WHERE url = $url", ("$url", url)).FirstOrDefault();

    public void Save(FeedState state)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE feed_state SET etag = $etag, last_modified = $lastModified, last_poll_utc = $lastPoll,
                last_success_utc = $lastSuccess, last_error = $lastError, last_error_utc = $lastErrorAt, failures = $failures,
                parked = $parked, items_stored = $items, next_poll_utc = $next
            WHERE url = $url
            """;
        var p = command.Parameters;
        p.AddWithValue("$url", state.Url);
        p.AddWithValue("$etag", (object?)state.ETag ?? DBNull.Value);
        p.AddWithValue("$lastModified", (object?)state.LastModified ?? DBNull.Value);
        p.AddWithValue("$lastPoll", (object?)state.LastPoll?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        p.AddWithValue("$lastSuccess", (object?)state.LastSuccess?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        p.AddWithValue("$lastError", (object?)state.LastError ?? DBNull.Value);
        p.AddWithValue("$lastErrorAt", (object?)state.LastErrorAt?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        p.AddWithValue("$failures", state.ConsecutiveFailures);
        p.AddWithValue("$parked", state.Parked ? 1 : 0);
        p.AddWithValue("$items", state.ItemsStored);
        p.AddWithValue("$next", state.NextPoll.ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
    }

    private List<FeedState> Query(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        using var r = command.ExecuteReader();
        var list = new List<FeedState>();
        while (r.Read())
        {
            list.Add(new FeedState
            {
                Url = r.GetString(0),
                OutletId = r.IsDBNull(1) ? null : r.GetString(1),
                ETag = r.IsDBNull(2) ? null : r.GetString(2),
                LastModified = r.IsDBNull(3) ? null : r.GetString(3),
                LastPoll = Time(r, 4),
                LastSuccess = Time(r, 5),
                LastError = r.IsDBNull(6) ? null : r.GetString(6),
                LastErrorAt = Time(r, 7),
                ConsecutiveFailures = r.GetInt32(8),
                Parked = r.GetInt32(9) != 0,
                ItemsStored = r.GetInt64(10),
                NextPoll = DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(11)),
            });
        }
        return list;
    }

    private static DateTimeOffset? Time(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(i));
}
