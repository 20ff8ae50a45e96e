using BiasCompanion.Host.Storage;
using BiasCompanion.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace BiasCompanion.Tests.Hardening;

/// <summary>The store's own view of a lock held by another connection: the failure stays while the lock does, then clears.</summary>
public sealed class StorageHealthTests
{
    [Fact]
    public async Task A_lock_held_elsewhere_keeps_the_store_degraded_until_it_goes()
    {
        using var data = new TempDataDir();
        var database = SqliteDatabase.InFolder(data.Path, TimeSpan.FromSeconds(1));
        database.Initialize();
        Assert.Null(database.Health.Current);

        using (var locker = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database.FilePath, Pooling = false }.ToString()))
        {
            locker.Open();
            Execute(locker, "BEGIN EXCLUSIVE; INSERT INTO schema_migrations(id, applied_at) VALUES ('lock-holder', 'now');");
            var error = Assert.Throws<SqliteException>(() =>
            {
                using var connection = database.Open();
                Execute(connection, "INSERT INTO schema_migrations(id, applied_at) VALUES ('blocked', 'now');");
            });
            Assert.Equal(StorageFailure.Locked, database.Health.Report(error));
            // Re-checked every probe interval: still locked.
            for (var i = 0; i < 2; i++)
            {
                await Task.Delay(StorageHealth.ProbeInterval + TimeSpan.FromMilliseconds(100));
                Assert.Equal(StorageFailure.Locked, database.Health.Current);
            }
            Execute(locker, "ROLLBACK;");
        }
        await Task.Delay(StorageHealth.ProbeInterval + TimeSpan.FromMilliseconds(100));
        Assert.Null(database.Health.Current);
        SqliteConnection.ClearAllPools();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
