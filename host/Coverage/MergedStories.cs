using BiasCompanion.Host.Storage;

namespace BiasCompanion.Host.Coverage;

/// <summary>Which story ids were merged into a story (the redirects the matcher leaves behind).</summary>
public sealed class MergedStories(SqliteDatabase database)
{
    // A chain of bridging articles can fold many stories into one; a client only needs the recent ones it may show.
    private const int MaxIds = 200;

    public IReadOnlyList<long> Into(long storyId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT old_story_id FROM story_redirects WHERE story_id = $story ORDER BY old_story_id DESC LIMIT $max";
        command.Parameters.AddWithValue("$story", storyId);
        command.Parameters.AddWithValue("$max", MaxIds);
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
    }
}
