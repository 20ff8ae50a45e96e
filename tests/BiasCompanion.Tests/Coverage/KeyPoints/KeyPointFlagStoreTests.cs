using BiasCompanion.Host.Coverage.KeyPoints;
using BiasCompanion.Host.Storage;
using BiasCompanion.Tests.Infrastructure;

namespace BiasCompanion.Tests.Coverage.KeyPoints;

public sealed class KeyPointFlagStoreTests
{
    [Fact]
    public void Flags_given_on_a_story_survive_its_merge_into_another()
    {
        using var dir = new TempDataDir();
        var db = SqliteDatabase.InFolder(dir.Path);
        db.Initialize();
        var flags = new KeyPointFlagStore(db, TimeProvider.System);
        using (var connection = db.Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                INSERT INTO stories (id, headline, first_seen_utc, updated_utc, created_utc) VALUES (1, 'a', 0, 0, 0), (2, 'b', 0, 0, 0), (3, 'c', 0, 0, 0);
                """;
            command.ExecuteNonQuery();
        }
        flags.Add(1, "Kim  met Lavrov in Wonsan.");
        flags.Add(2, "Talks lasted two days.");
        flags.Add(3, "An unrelated point.");

        using (var connection = db.Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "UPDATE stories SET merged_into = 2 WHERE id = 1; INSERT INTO story_redirects (old_story_id, story_id) VALUES (1, 2);";
            command.ExecuteNonQuery();
        }

        var merged = flags.HashesOf(2);
        Assert.Equal(2, merged.Count);
        Assert.Contains(KeyPointFlagStore.Hash("Kim met Lavrov in Wonsan."), merged);
        Assert.DoesNotContain(KeyPointFlagStore.Hash("An unrelated point."), merged);
        Assert.Single(flags.HashesOf(3));
    }
}
