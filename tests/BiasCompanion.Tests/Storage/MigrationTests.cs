using BiasCompanion.Host.Storage;
using BiasCompanion.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace BiasCompanion.Tests.Storage;

public class MigrationTests
{
    [Fact]
    public void Initialize_creates_a_wal_file_with_every_migration_recorded_once()
    {
        using var dir = new TempDataDir();
        var db = SqliteDatabase.InFolder(dir.Path);
        db.Initialize();
        db.Initialize(); // a second start applies nothing new

        using var connection = db.Open();
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode") as string);
        Assert.Equal(1L, Scalar(connection, "PRAGMA foreign_keys"));
        Assert.Equal((long)Migrations.All.Count, Scalar(connection, "SELECT COUNT(*) FROM schema_migrations"));
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check") as string);
    }

    [Fact]
    public void Apply_runs_only_pending_steps_in_order()
    {
        using var dir = new TempDataDir();
        var db = SqliteDatabase.InFolder(dir.Path);
        using var connection = db.Open();
        var first = new Migration("a", "CREATE TABLE t(x INTEGER);");
        var second = new Migration("b", "INSERT INTO t VALUES (42);");

        Assert.Equal(["a"], MigrationRunner.Apply(connection, [first]));
        Assert.Equal(["b"], MigrationRunner.Apply(connection, [first, second]));
        Assert.Empty(MigrationRunner.Apply(connection, [first, second]));
        Assert.Equal(42L, Scalar(connection, "SELECT x FROM t"));
    }

    [Fact]
    public void A_failing_step_leaves_nothing_half_applied()
    {
        using var dir = new TempDataDir();
        using var connection = SqliteDatabase.InFolder(dir.Path).Open();
        var broken = new Migration("broken", "CREATE TABLE u(x INTEGER); INSERT INTO nowhere VALUES (1);");

        Assert.Throws<SqliteException>(() => MigrationRunner.Apply(connection, [broken]));
        Assert.Equal(0L, Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'u'"));
        Assert.Equal(0L, Scalar(connection, "SELECT COUNT(*) FROM schema_migrations"));
    }

    [Fact]
    public void A_database_from_a_newer_version_is_refused_not_damaged()
    {
        using var dir = new TempDataDir();
        using var connection = SqliteDatabase.InFolder(dir.Path).Open();
        MigrationRunner.Apply(connection, [new Migration("a", "CREATE TABLE t(x INTEGER);"), new Migration("z", "SELECT 1;")]);

        var error = Assert.Throws<InvalidOperationException>(() =>
            MigrationRunner.Apply(connection, [new Migration("a", "CREATE TABLE t(x INTEGER);")]));
        Assert.Contains("z", error.Message);
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
