using BiasCompanion.Host.Storage;
using Microsoft.Data.Sqlite;

namespace BiasCompanion.Tests.Infrastructure;

/// <summary>A data folder's SQLite file opened from outside the host, as another process would, and the checks made on it.</summary>
public static class StoreFile
{
    public static SqliteConnection Open(string dataDir)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDir, SqliteDatabase.FileName), Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>A sound file: integrity_check ok, no foreign-key violation, no canonical url stored twice.</summary>
    public static void AssertSound(SqliteConnection connection)
    {
        Assert.Equal("ok", Scalar<string>(connection, "PRAGMA integrity_check"));
        Assert.Equal(0L, Scalar<long>(connection, "SELECT count(*) FROM (SELECT 1 FROM pragma_foreign_key_check)"));
        Assert.Equal(0L, Scalar<long>(connection, "SELECT count(*) - count(DISTINCT canonical_url) FROM articles"));
    }

    public static T Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
