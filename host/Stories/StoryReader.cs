using BiasCompanion.Host.Storage;
using BiasCompanion.Host.Stories.Persistence;

namespace BiasCompanion.Host.Stories;

/// <summary>Reads stories from SQLite (the truth); merged ids resolve to the surviving story.</summary>
public sealed class StoryReader(SqliteDatabase database) : IStoryReader
{
    private const int MaxListLimit = 1_000;

    public StorySnapshot? Get(long storyId)
    {
        using var connection = database.Open();
        return StoryRepository.Snapshot(connection, storyId);
    }

    public long? StoryOfArticle(long articleId)
    {
        using var connection = database.Open();
        return StoryRepository.StoryOfArticle(connection, articleId) is { } id ? StoryRepository.Resolve(connection, id) : null;
    }

    public IReadOnlyList<StorySnapshot> List(DateTimeOffset since, int limit)
    {
        using var connection = database.Open();
        return StoryRepository.UpdatedSince(connection, since.ToUnixTimeMilliseconds(), Math.Clamp(limit, 0, MaxListLimit))
            .Select(id => StoryRepository.Snapshot(connection, id))
            .OfType<StorySnapshot>()
            .ToList();
    }
}
