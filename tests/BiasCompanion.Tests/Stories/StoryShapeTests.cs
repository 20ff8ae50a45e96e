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
}
