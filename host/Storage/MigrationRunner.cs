using Microsoft.Data.Sqlite;

namespace BiasCompanion.Host.Storage;

public static class MigrationRunner
{
    /// <summary>Applies each migration not yet recorded, each in its own transaction with its record.</summary>
    /// <returns>The ids applied by this call.</returns>
    public static IReadOnlyList<string> Apply(SqliteConnection connection, IReadOnlyList<Migration> migrations)
    {
        Execute(connection, null, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                id         TEXT PRIMARY KEY,
                applied_at TEXT NOT NULL
            );
            """);

        var applied = new HashSet<string>(StringComparer.Ordinal);
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT id FROM schema_migrations";
            using var reader = read.ExecuteReader();
            while (reader.Read()) applied.Add(reader.GetString(0));
        }

        var known = migrations.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = applied.Where(id => !known.Contains(id)).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException(
                $"The database has migrations this version does not know ({string.Join(", ", unknown)}): it was written by a newer BiasCompanion.");

        var done = new List<string>();
        foreach (var migration in migrations.Where(m => !applied.Contains(m.Id)))
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, migration.Sql);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations(id, applied_at) VALUES ($id, $at)";
            record.Parameters.AddWithValue("$id", migration.Id);
            record.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O"));
            record.ExecuteNonQuery();
            transaction.Commit();
            done.Add(migration.Id);
        }
        return done;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
