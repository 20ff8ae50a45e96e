using BiasCompanion.Host.Stories.Matching;

namespace BiasCompanion.Tests.Stories;

/// <summary>Long-running stories: a follow-up after the story went quiet, and the time profile it is judged by.</summary>
public class StoryFollowUpTests
{
    private static readonly DateTimeOffset Day0 = new(2025, 4, 2, 8, 0, 0, TimeSpan.Zero);

    private static readonly (string Outlet, string Title, string Body)[] Breach =
    [
        ("wire.example", "Veltrona data breach exposes records of 140 million customers",
         "Credit bureau Veltrona said on Thursday that hackers stole names, birth dates and account numbers of 140 million " +
         "customers. Veltrona chief executive Marla Quennell said the Kestrel payment portal was breached in May. Regulators " +
         "in Ohlsburg opened an inquiry into Veltrona."),
        ("daily.example", "Hackers stole Veltrona customer files through Kestrel portal",
         "Veltrona confirmed that the Kestrel portal was the entry point for the breach affecting 140 million customers. " +
         "Marla Quennell apologised and said Veltrona would offer free credit monitoring. Ohlsburg regulators asked Veltrona " +
         "for a full account of the attack."),
        ("times.example", "Veltrona under fire after breach of 140 million records",
         "Lawmakers in Ohlsburg criticised Veltrona for waiting weeks before disclosing the breach of its Kestrel portal. " +
         "Veltrona said 140 million customers were affected and that Marla Quennell would testify before the Ohlsburg " +
         "banking committee."),
    ];

    private const string FollowUpTitle = "Veltrona breach: 2.5 million more customers exposed, Quennell tells Ohlsburg committee";
    private const string FollowUpBody =
        "Veltrona said on Monday that the breach of its Kestrel portal exposed 2.5 million more customers than the " +
        "140 million it first reported. Marla Quennell told the Ohlsburg banking committee that Veltrona had closed the " +
        "Kestrel flaw and was paying for credit monitoring for every affected customer.";

    [Fact]
    public void A_follow_up_ten_days_after_the_story_went_quiet_joins_it_when_it_carries_the_storys_own_names()
    {
        using var world = new StoryWorld();
        var first = AddBreach(world);

        var followUp = world.Add("herald.example", FollowUpTitle, FollowUpBody, Day0.AddDays(10));

        Assert.False(followUp.Result.IsNewStory);
        Assert.Equal(first, followUp.Result.StoryId);
        Assert.Equal(Day0.AddDays(10), world.Reader.Get(first)!.Updated);
    }

    [Fact]
    public void Without_the_follow_up_path_the_same_article_would_start_a_story_of_its_own()
    {
        // The near path alone: its time terms shut out anything days after a story went quiet. This is what the
        // follow-up path changes; the test above would fail without it.
        var nearOnly = new MatchModel(MatchModel.Default.Bias, [.. MatchModel.Default.Weights]);
        using var world = new StoryWorld(model: nearOnly);
        var first = AddBreach(world);

        var followUp = world.Add("herald.example", FollowUpTitle, FollowUpBody, Day0.AddDays(10));

        Assert.True(followUp.Result.IsNewStory);
        Assert.NotEqual(first, followUp.Result.StoryId);
    }

    [Fact]
    public void A_later_story_on_the_same_subject_without_the_storys_names_stays_apart()
    {
        using var world = new StoryWorld();
        var first = AddBreach(world);

        var other = world.Add("herald.example", "Hackers steal customer records from Brannock Mutual insurer",
            "Insurer Brannock Mutual said on Monday that hackers stole customer records, including birth dates and account " +
            "numbers, from its claims system in Tarvel. The company said it would offer credit monitoring and that police in " +
            "Tarvel were investigating the breach.",
            Day0.AddDays(10));

        Assert.True(other.Result.IsNewStory);
        Assert.NotEqual(first, other.Result.StoryId);
    }

    [Fact]
    public void A_story_is_timed_by_the_burst_a_newcomer_lands_next_to_not_by_its_whole_span()
    {
        var stats = new CorpusStats();
        var story = new StoryState(1);
        foreach (var (hours, id) in new[] { (0.0, 1L), (6.0, 2L), (12.0, 3L), (20 * 24.0, 4L) })
            story.Add(ProfileBuilder.Build(new BiasCompanion.Host.Stories.MatchInput(id, "t", null, "body", "en", Day0.AddHours(hours), "x.example"), stats));

        // Between the first burst (0-12 h) and the late follow-up (day 20): 9.5 days from the nearest member, not
        // "inside the story's span" as a whole-span gap would say.
        var (gap, spread) = story.TimeProfile(Day0.AddDays(10).ToUnixTimeMilliseconds());
        Assert.Equal(9.5, gap, 3);
        Assert.Equal(Math.Sqrt(2.0 / 3) * 0.25, spread, 3);

        // Next to the first burst: the gap to its nearest member, and that burst's own spread (members 0 h, 6 h, 12 h).
        (gap, spread) = story.TimeProfile(Day0.AddHours(18).ToUnixTimeMilliseconds());
        Assert.Equal(0.25, gap, 3);
        Assert.Equal(Math.Sqrt(2.0 / 3) * 0.25, spread, 3);
    }

    private static long AddBreach(StoryWorld world)
    {
        long story = 0;
        for (var i = 0; i < Breach.Length; i++)
        {
            var (outlet, title, body) = Breach[i];
            var added = world.Add(outlet, title, body, Day0.AddHours(3 * i));
            if (i == 0) story = added.Result.StoryId;
            else Assert.Equal(story, added.Result.StoryId);
        }
        return story;
    }
}
