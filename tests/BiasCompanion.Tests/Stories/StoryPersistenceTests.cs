namespace BiasCompanion.Tests.Stories;

public class StoryPersistenceTests
{
    private static readonly DateTimeOffset Day0 = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_new_matcher_on_the_same_file_rebuilds_the_active_window_and_keeps_matching()
    {
        using var world = new StoryWorld();
        var first = world.Add("left.example", "Glacier lake floods the valley town of Renz after ice dam breaks",
            "An ice dam holding back a glacier lake above the town of Renz broke on Sunday night, sending a flood wave down the " +
            "valley. Mountain rescue teams evacuated 400 residents of Renz and the canton closed the valley road. Glaciologists " +
            "had warned that the lake behind the ice dam was growing fast this summer.",
            Day0);
        var second = world.Add("center.example", "Renz evacuated as glacier lake bursts through ice dam",
            "About 400 people were evacuated from Renz after a glacier lake burst through an ice dam on Sunday night, the canton " +
            "said. The flood wave damaged bridges along the valley road, which remains closed. Glaciologists said the lake had " +
            "grown quickly during the warm summer.",
            Day0.AddHours(3));
        Assert.Equal(first.Result.StoryId, second.Result.StoryId);

        world.Restart();

        var third = world.Add("right.example", "Renz flood: canton faces questions over glacier lake warnings",
            "The canton is facing questions after a glacier lake burst through its ice dam and flooded Renz, forcing 400 residents " +
            "from their homes. Glaciologists had warned of the growing lake, and the valley road is still closed after the flood " +
            "wave damaged bridges below Renz.",
            Day0.AddHours(6));

        Assert.Equal(first.Result.StoryId, third.Result.StoryId);
        Assert.False(third.Result.IsNewStory);
        var story = world.Reader.Get(first.Result.StoryId)!;
        Assert.Equal(3, story.Members.Count);
        Assert.Equal(first.Article.Id, story.FirstReporterArticleId);
        Assert.Equal(["en"], story.Languages);
        Assert.Contains(world.Reader.List(Day0, 10), s => s.Id == first.Result.StoryId);
    }

    [Fact]
    public void Story_tables_are_created_by_the_migrations()
    {
        using var world = new StoryWorld();
        using var connection = world.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'stor%' ORDER BY name";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        Assert.Equal(["stories", "story_corpus", "story_members", "story_redirects", "story_term_stats"], names);
    }

    [Fact]
    public void A_failed_write_leaves_no_trace_and_the_matcher_keeps_working()
    {
        using var world = new StoryWorld();
        var first = world.Add("left.example", "Glacier lake floods the valley town of Renz after ice dam breaks",
            "An ice dam holding back a glacier lake above the town of Renz broke on Sunday night, sending a flood wave down the valley.",
            Day0);

        // An id the article store never issued: the membership row violates its foreign key and the transaction rolls back.
        var ghost = new BiasCompanion.Host.Stories.MatchInput(987_654, "Renz glacier lake flood", null,
            "An ice dam holding back a glacier lake above the town of Renz broke on Sunday night.", "en", Day0.AddHours(1), "ghost.example");
        Assert.ThrowsAny<Microsoft.Data.Sqlite.SqliteException>(() => world.Matcher.Match(ghost));
        Assert.Null(world.Reader.StoryOfArticle(987_654));

        var next = world.Add("center.example", "Renz evacuated as glacier lake bursts through ice dam",
            "About 400 people were evacuated from Renz after a glacier lake burst through an ice dam on Sunday night, the canton said.",
            Day0.AddHours(2));
        Assert.Equal(first.Result.StoryId, next.Result.StoryId);
        Assert.Equal(2, world.Reader.Get(first.Result.StoryId)!.Members.Count);
    }
}
