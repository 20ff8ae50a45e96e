using BiasCompanion.Host.Stories.Matching;

namespace BiasCompanion.Tests.Stories;

/// <summary>
/// Undated articles are timed by arrival, so a burst of them shares one instant and time cannot keep the stories of a
/// topic apart. The guard: a time-blind story past a few members takes only articles carrying its own key terms.
/// </summary>
public class UndatedBurstGuardTests
{
    private static readonly DateTimeOffset Earlier = new(2024, 6, 1, 8, 0, 0, TimeSpan.Zero);

    // Earlier, dated fires elsewhere (weeks apart, separate stories): they make the fire vocabulary common, as it is in
    // any real corpus, so that only the names tell one fire story from another.
    private static readonly string[] Places =
    [
        "Osterby", "Halvern", "Marrow", "Selbury", "Tolland", "Averly", "Brenholm", "Cradock", "Dellow", "Espin",
        "Fallow", "Gorran", "Hestley", "Ingle", "Jarrow", "Kelby", "Lunsford", "Mawdesley", "Norley", "Orwick",
    ];

    private static (string Title, string Body) EarlierFire(int i) =>
        ($"{Places[i]} wildfire forces evacuation of nearby villages",
         $"A wildfire near {Places[i]} forced the evacuation of nearby villages on Tuesday. Firefighters said the blaze burned " +
         $"{1_000 + 150 * i} acres and the fire chief asked residents to leave their homes. Strong winds could push the " +
         $"wildfire towards the villages again, crews said.");

    private static readonly (string Title, string Body)[] Dunmore =
    [
        ("Dunmore wildfire forces evacuation of Carrick Ridge",
         "A wildfire near Dunmore forced the evacuation of Carrick Ridge on Tuesday. Firefighters said the blaze burned 4,000 acres and Dunmore fire chief Alda Brisk asked residents to leave their homes."),
        ("Carrick Ridge residents flee Dunmore blaze",
         "Residents of Carrick Ridge fled as the Dunmore wildfire spread to 4,000 acres. Alda Brisk said crews were protecting homes along the Carrick Ridge road."),
        ("Dunmore fire chief Brisk warns of strong winds",
         "Dunmore fire chief Alda Brisk warned that strong winds could push the wildfire towards Carrick Ridge again. The blaze has burned 4,000 acres."),
    ];

    // Another fire told in the same words: only the names differ.
    private const string PellhamTitle = "Pellham wildfire forces evacuation of Ashby Hollow";
    private const string PellhamBody =
        "A wildfire near Pellham forced the evacuation of Ashby Hollow on Tuesday. Firefighters said the blaze burned " +
        "2,600 acres and the fire chief asked residents to leave their homes. Strong winds could push the wildfire " +
        "towards Ashby Hollow again.";

    // A deliberately loose decision (every candidate sharing indexed words is accepted), so that the fires chain unless
    // the guard stops them: these tests are about the guard, not about where the tuned model draws its line.
    private static readonly MatchModel Loose = new(5, []);

    [Fact]
    public void An_undated_article_on_another_fire_does_not_chain_onto_an_undated_fire_story()
    {
        using var world = new StoryWorld(model: Loose);
        var dunmore = Seed(world);

        var pellham = world.Add("herald.example", PellhamTitle, PellhamBody, published: null);

        Assert.True(pellham.Result.IsNewStory);
        Assert.NotEqual(dunmore, pellham.Result.StoryId);
    }

    [Fact]
    public void Without_the_guard_the_same_undated_article_would_chain_onto_it()
    {
        using var world = new StoryWorld(MatchSettings.Default with { BurstGuardMembers = int.MaxValue }, Loose);
        var dunmore = Seed(world);

        var pellham = world.Add("herald.example", PellhamTitle, PellhamBody, published: null);

        Assert.Equal(dunmore, pellham.Result.StoryId);
    }

    [Fact]
    public void After_a_restart_the_story_still_knows_its_members_were_timed_by_arrival()
    {
        using var world = new StoryWorld(model: Loose);
        var dunmore = Seed(world);
        world.Restart();

        var pellham = world.Add("herald.example", PellhamTitle, PellhamBody, published: null);

        Assert.NotEqual(dunmore, pellham.Result.StoryId);
    }

    [Fact]
    public void With_publish_times_the_guard_stays_out_of_the_way()
    {
        // Dated articles: time can tell stories apart, so the (loose) decision is left alone.
        using var world = new StoryWorld(model: Loose);
        var dunmore = Seed(world, dated: true);

        var pellham = world.Add("herald.example", PellhamTitle, PellhamBody, Earlier.AddDays(1));

        Assert.Equal(dunmore, pellham.Result.StoryId);
    }

    [Fact]
    public void An_undated_article_that_carries_the_storys_names_still_joins_it()
    {
        using var world = new StoryWorld();
        var dunmore = Seed(world);

        var more = world.Add("herald.example", "Carrick Ridge homes saved as Dunmore wildfire slows",
            "Firefighters saved most homes on Carrick Ridge as the Dunmore wildfire slowed at 4,100 acres. Alda Brisk said " +
            "residents of Carrick Ridge could return on Friday.", published: null);

        Assert.Equal(dunmore, more.Result.StoryId);
    }

    private static long Seed(StoryWorld world, bool dated = false)
    {
        for (var i = 0; i < Places.Length; i++)
        {
            var (title, body) = EarlierFire(i);
            world.Add($"fire{i}.example", title, body, Earlier.AddDays(-60 * (i + 1)));
        }
        long story = 0;
        for (var i = 0; i < Dunmore.Length; i++)
        {
            var added = world.Add($"paper{i}.example", Dunmore[i].Title, Dunmore[i].Body, dated ? Earlier.AddHours(2 * i) : null);
            if (i == 0) story = added.Result.StoryId;
            else Assert.Equal(story, added.Result.StoryId);
        }
        return story;
    }
}
