using System.Globalization;
using BiasCompanion.Host.Storage;

namespace BiasCompanion.Host.History;

/// <summary>
/// The reader's own reading events: which analysed article they opened, when. Never leaves the machine; recording can
/// be paused, a day or everything deleted, and the whole history exported.
/// </summary>
public sealed class ReadingHistory(SqliteDatabase database, TimeProvider clock)
{
    private const string PausedKey = "history.paused";

    public sealed record ReadEvent(long Id, DateTimeOffset ReadAt, long ArticleId, string Url, string? Title, string OutletDomain,
        DateTimeOffset? PublishedAt, long? StoryId);

    /// <summary>Records a read unless recording is paused.</summary>
    public void Record(long articleId)
    {
        if (IsPaused) return;
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO reading_events(article_id, read_utc) VALUES ($article, $now)";
        command.Parameters.AddWithValue("$article", articleId);
        command.Parameters.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
    }

    public bool IsPaused
    {
        get
        {
            using var connection = database.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT value FROM settings WHERE key = $key";
            command.Parameters.AddWithValue("$key", PausedKey);
            return command.ExecuteScalar() as string == "true";
        }
        set
        {
            using var connection = database.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO settings(key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
            command.Parameters.AddWithValue("$key", PausedKey);
            command.Parameters.AddWithValue("$value", value ? "true" : "false");
            command.ExecuteNonQuery();
        }
    }

    public long Count()
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM reading_events";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Reads at or after <paramref name="since"/>, oldest first, with their article and story.</summary>
    public IReadOnlyList<ReadEvent> Since(DateTimeOffset since)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT e.id, e.read_utc, a.id, a.url, a.title, a.outlet_domain, a.published_at, m.story_id
            FROM reading_events e
            JOIN articles a ON a.id = e.article_id
            LEFT JOIN story_members m ON m.article_id = a.id
            WHERE e.read_utc >= $since
            ORDER BY e.read_utc, e.id
            """;
        command.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
        using var r = command.ExecuteReader();
        var events = new List<ReadEvent>();
        while (r.Read())
        {
            events.Add(new ReadEvent(r.GetInt64(0), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(1)), r.GetInt64(2), r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4), r.GetString(5),
                r.IsDBNull(6) ? null : DateTimeOffset.Parse(r.GetString(6), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                r.IsDBNull(7) ? null : r.GetInt64(7)));
        }
        return events;
    }

    /// <summary>Deletes the reads of one UTC day; returns how many.</summary>
    public int DeleteDay(DateOnly day)
    {
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return Delete("DELETE FROM reading_events WHERE read_utc >= $from AND read_utc < $to",
            ("$from", start.ToUnixTimeMilliseconds()), ("$to", start.AddDays(1).ToUnixTimeMilliseconds()));
    }

    public int DeleteAll() => Delete("DELETE FROM reading_events");

    private int Delete(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command.ExecuteNonQuery();
    }
}
