using BiasCompanion.Host.Stories;
using BiasCompanion.Host.Stories.Matching;

namespace BiasCompanion.Tests.Stories;

/// <summary>The story's shape (its bursts, span, members and outlets) and the late follow-ups it lets in.</summary>
public class StoryShapeTests
{
    private static readonly DateTimeOffset Day0 = new(2025, 6, 3, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Bursts_are_counted_as_runs_of_members_a_day_apart_and_a_bridging_member_joins_two()
    {
        var stats = new CorpusStats();
        var story = new StoryState(1);
        long id = 0;
        void Add(double days, string outlet) =>
            story.Add(ProfileBuilder.Build(new MatchInput(++id, "t", null, "body", "en", Day0.AddDays(days), outlet), stats));

        Add(0, "a.example");
        Add(0.5, "b.example");
        Assert.Equal(1, story.Bursts);
        Add(10, "a.example");
        Assert.Equal(2, story.Bursts);
        Add(2, "unknown");
        Assert.Equal(3, story.Bursts);
        // Day 1.2 is within a day of both day 0.5 and day 2: the first two bursts become one.
        Add(1.2, "c.example");
        Assert.Equal(2, story.Bursts);
        Assert.Equal(["a.example", "b.example", "c.example"], story.Outlets.Order());
    }

    private static readonly (double Day, string Outlet, string Title, string Body)[] Saga =
    [
        (0, "wire.example", "Korvath fires missile over Tessaly for the first time",
         "Korvath launched a ballistic missile from its Vantor site on Tuesday that flew over northern Tessaly before falling " +
         "into the sea. The Tessaly government told residents of the coast to take shelter. Korvath leader Oren Dask called the " +
         "launch a warning."),
        (0.2, "daily.example", "Korvath missile flies over northern Tessaly",
         "A missile fired from the Vantor site in Korvath crossed northern Tessaly on Tuesday. Tessaly's defence minister said " +
         "the missile was not intercepted. Oren Dask said Korvath would launch more."),
        (9, "wire.example", "Korvath launches second missile over Tessaly",
         "Korvath fired another missile from Vantor over Tessaly on Thursday, nine days after the first. Sirens sounded in " +
         "Tessaly coastal towns. Oren Dask said the launches would continue while Tessaly held military drills."),
        (18, "daily.example", "Tessaly debates missile shield after Korvath launches",
         "Lawmakers in Tessaly debated a missile shield on Saturday after two Korvath missiles from Vantor crossed the country. " +
         "The defence minister said Tessaly could not intercept missiles flying that high. Oren Dask mocked the debate."),
    ];

    // A side piece weeks later: the story's places and its attacker, but none of its launch details.
    private const string FollowUpTitle = "Sirens and empty harbours on the Tessaly coast";
    private const string FollowUpBody =
        "Boats stay in harbour in the coastal towns of northern Tessaly, where sirens now sound every week. Fishermen say " +
        "their catches have halved since the Korvath launches began, and the town council has built a shelter near the port.";

    [Fact]
    public void A_story_that_keeps_coming_back_takes_a_follow_up_weeks_after_its_last_burst()
    {
        using var world = new StoryWorld();
        var saga = AddSaga(world);

        var followUp = world.Add("herald.example", FollowUpTitle, FollowUpBody, Day0.AddDays(45));

        Assert.Equal(saga, followUp.Result.StoryId);
    }

    [Fact]
    public void Without_the_storys_history_of_coming_back_the_same_follow_up_would_start_a_story_of_its_own()
    {
        // The default model with the follow-up path blind to the story's bursts and span.
        using var world = new StoryWorld(model: MatchModel.Parse(DefaultWithout("storyBursts", "storySpan")));
        var saga = AddSaga(world);

        var followUp = world.Add("herald.example", FollowUpTitle, FollowUpBody, Day0.AddDays(45));

        Assert.True(followUp.Result.IsNewStory);
        Assert.NotEqual(saga, followUp.Result.StoryId);
    }

    [Fact]
    public void The_same_articles_as_one_days_coverage_by_four_outlets_do_not_take_that_follow_up()
    {
        // Same texts and the same 27 days from the last member to the follow-up; only the shape differs: one burst on
        // day 18, four outlets. A widely covered one-day event is done; weeks later the piece is a story of its own.
        using var world = new StoryWorld();
        var outlets = new[] { "wire.example", "daily.example", "times.example", "post.example" };
        var story = Saga.Select((a, i) => world.Add(outlets[i], a.Title, a.Body, Day0.AddDays(18).AddHours(2 * i)).Result.StoryId).Distinct().Single();

        var followUp = world.Add("herald.example", FollowUpTitle, FollowUpBody, Day0.AddDays(45));

        Assert.True(followUp.Result.IsNewStory);
        Assert.NotEqual(story, followUp.Result.StoryId);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_single_article_that_never_came_back_is_held_to_the_text_only_follow_up_model(bool withOneBurstPath)
    {
        // Without the one-burst path the shape model judges a lone article's story too, and lets it take a piece weeks
        // later on shared places alone: how unrelated "2026 trends" pages chained into stories.
        using var world = new StoryWorld(model: withOneBurstPath ? MatchModel.Default : MatchModel.Parse(DefaultWithout()));
        var lone = world.Add(Saga[0].Outlet, Saga[0].Title, Saga[0].Body, Day0).Result.StoryId;

        var followUp = world.Add("herald.example", FollowUpTitle, FollowUpBody, Day0.AddDays(20));

        Assert.Equal(withOneBurstPath, followUp.Result.IsNewStory);
        Assert.Equal(!withOneBurstPath, followUp.Result.StoryId == lone);
    }

    [Theory]
    [InlineData(1.0, false)]
    [InlineData(0.1, true)]
    public void A_first_burst_that_ran_for_days_takes_a_late_piece_where_one_days_coverage_does_not(double daysApart, bool expectNewStory)
    {
        // Three outlets' articles, once spread over two days (a developing event), once within hours (a one-day event):
        // the same piece two weeks after the last of them joins only the event that was still developing.
        using var world = new StoryWorld();
        var outlets = new[] { "wire.example", "daily.example", "times.example" };
        var first = new[] { Saga[0], Saga[1], Saga[3] };
        var story = first.Select((a, i) => world.Add(outlets[i], a.Title, a.Body, Day0.AddDays(i * daysApart)).Result.StoryId).Distinct().Single();

        var followUp = world.Add("herald.example", "Tessaly coast towns live with Korvath missile sirens",
            "Boats stay in harbour in the coastal towns of northern Tessaly, where sirens sound after each Korvath missile from " +
            "Vantor. Fishermen say their catches have halved since the launches began, and Oren Dask has promised more.",
            Day0.AddDays(2 * daysApart + 14));

        Assert.Equal(expectNewStory, followUp.Result.IsNewStory);
        Assert.Equal(!expectNewStory, followUp.Result.StoryId == story);
    }

    private static string DefaultWithout(params string[] followUpFeatures)
    {
        var d = MatchModel.Default;
        var follow = d.FollowUpWeights.ToArray();
        foreach (var name in followUpFeatures) follow[Array.IndexOf(PairFeatures.Names, name)] = 0;
        static string Join(IEnumerable<double> xs) => string.Join(',', xs.Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        return Join(d.Weights.Prepend(d.Bias)) + "|" + Join(follow.Prepend(d.FollowUpBias));
    }

    private static long AddSaga(StoryWorld world)
    {
        long story = 0;
        foreach (var (day, outlet, title, body) in Saga)
        {
            var added = world.Add(outlet, title, body, Day0.AddDays(day));
            if (story == 0) story = added.Result.StoryId;
            else Assert.Equal(story, added.Result.StoryId);
        }
        return story;
    }
}
