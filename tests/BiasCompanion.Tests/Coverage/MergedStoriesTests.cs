using BiasCompanion.Host.Coverage;
using BiasCompanion.Host.Coverage.KeyPoints;
using BiasCompanion.Host.Storage;
using BiasCompanion.Host.Stories.Persistence;
using BiasCompanion.Tests.Infrastructure;

namespace BiasCompanion.Tests.Coverage;

/// <summary>After merges (one chained into the next), the survivor knows every id folded into it, and so do its flags.</summary>
public sealed class MergedStoriesTests
{
    [Fact]
    public void A_chain_of_merges_leaves_every_old_id_pointing_at_the_survivor()
    {
        using var dir = new TempDataDir();
        var db = SqliteDatabase.InFolder(dir.Path);
        db.Initialize();
        using (var connection = db.Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                INSERT INTO stories (id, headline, first_seen_utc, updated_utc, created_utc)
                VALUES (1, 'a', 0, 0, 0), (2, 'b', 0, 0, 0), (3, 'c', 0, 0, 0), (4, 'd', 0, 0, 0);
                """;
            command.ExecuteNonQuery();
        }
        var flags = new KeyPointFlagStore(db, TimeProvider.System);
        flags.Add(1, "Flagged while it was story one.");

        using (var connection = db.Open())
        using (var tx = connection.BeginTransaction())
        {
            StoryRepository.Merge(connection, tx, 1, 2);
            StoryRepository.Merge(connection, tx, 2, 3);
            tx.Commit();
        }

        var merged = new MergedStories(db);
        Assert.Equal([2L, 1L], merged.Into(3));
        Assert.Empty(merged.Into(4));
        Assert.Contains(KeyPointFlagStore.Hash("Flagged while it was story one."), flags.HashesOf(3));
    }
}
