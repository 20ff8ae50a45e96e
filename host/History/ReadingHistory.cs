using BiasCompanion.Host.Storage;

namespace BiasCompanion.Host.History;

/// <summary>The reader's own reading events: which analysed article they opened, when. Never leaves the machine.</summary>
public sealed class ReadingHistory(SqliteDatabase database, TimeProvider clock)
{
    public void Record(long articleId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO reading_events(article_id, read_utc) VALUES ($article, $now)";
        command.Parameters.AddWithValue("$article", articleId);
        command.Parameters.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
    }

    public long Count()
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM reading_events";
        return (long)command.ExecuteScalar()!;
    }
}
