using System.Security.Cryptography;
using System.Text;
using BiasCompanion.Host.Storage;

namespace BiasCompanion.Host.Coverage.KeyPoints;

/// <summary>Key points the reader said seem wrong, per story, kept locally.</summary>
public sealed class KeyPointFlagStore(SqliteDatabase database, TimeProvider clock)
{
    public void Add(long storyId, string text)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO keypoint_flags(story_id, text_hash, text, flagged_utc) VALUES ($story, $hash, $text, $now)
            ON CONFLICT(story_id, text_hash) DO NOTHING
            """;
        command.Parameters.AddWithValue("$story", storyId);
        command.Parameters.AddWithValue("$hash", Hash(text));
        command.Parameters.AddWithValue("$text", CandidatePool.Normalize(text));
        command.Parameters.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
    }

    /// <summary>The story's flags, including those given while a story later merged into it had its own id.</summary>
    public HashSet<string> HashesOf(long storyId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT text_hash FROM keypoint_flags
            WHERE story_id = $story OR story_id IN (SELECT old_story_id FROM story_redirects WHERE story_id = $story)
            """;
        command.Parameters.AddWithValue("$story", storyId);
        using var reader = command.ExecuteReader();
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read()) hashes.Add(reader.GetString(0));
        return hashes;
    }

    public static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CandidatePool.Normalize(text))));
}
