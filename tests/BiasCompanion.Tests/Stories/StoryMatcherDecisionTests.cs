namespace BiasCompanion.Tests.Stories;

/// <summary>Matching decisions on small hand-written story sets, through the real matcher and a real SQLite file.</summary>
public class StoryMatcherDecisionTests
{
    private static readonly DateTimeOffset Day0 = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private const string DamLeft =
        "Engineers warned for years that the Corrin Valley dam was failing, and on Tuesday its northern wall gave way, " +
        "flooding the village of Ashford. Residents said the regional water authority ignored repeated complaints about cracks. " +
        "Rescue teams evacuated 1,200 people from Ashford and nearby farms. Critics blamed budget cuts to the water authority.";
    private const string DamCenter =
        "The northern wall of the Corrin Valley dam collapsed on Tuesday, sending water into the village of Ashford. " +
        "Rescue teams evacuated about 1,200 residents, the regional water authority said. Officials said engineers were " +
        "inspecting the rest of the dam and that no deaths had been reported in Ashford so far.";
    private const string DamRight =
        "Ashford residents were forced from their homes Tuesday after the Corrin Valley dam wall burst. The regional water " +
        "authority, which had promised repairs, said 1,200 people were evacuated. Local business owners said the flooding " +
        "destroyed shops and asked why the state had not acted on the dam's condition earlier.";

    [Fact]
    public void Same_story_told_with_different_framing_forms_one_story()
    {
        using var world = new StoryWorld();
        var left = world.Add("left.example", "Neglected Corrin Valley dam collapses, flooding Ashford after years of warnings", DamLeft, Day0);
        var center = world.Add("center.example", "Corrin Valley dam wall collapses, 1,200 evacuated from Ashford", DamCenter, Day0.AddHours(2));
        var right = world.Add("right.example", "Ashford flooded as Corrin Valley dam bursts; residents ask why repairs never came", DamRight, Day0.AddHours(3));

        Assert.True(left.Result.IsNewStory);
        Assert.Equal(left.Result.StoryId, center.Result.StoryId);
        Assert.Equal(left.Result.StoryId, right.Result.StoryId);
        var story = world.Reader.Get(left.Result.StoryId)!;
        Assert.Equal(3, story.Members.Count);
        Assert.Equal(left.Article.Id, story.FirstReporterArticleId);
        Assert.Contains("Corrin Valley dam", story.Headline);
    }

    [Fact]
    public void Same_topic_but_a_different_event_starts_its_own_story()
    {
        using var world = new StoryWorld();
        var dam = world.Add("center.example", "Corrin Valley dam wall collapses, 1,200 evacuated from Ashford", DamCenter, Day0);
        var other = world.Add("center.example", "Levee breaks on the river Tamsen, flooding the town of Holbrook",
            "A levee on the river Tamsen broke early on Friday and water poured into the town of Holbrook. The river board said " +
            "about 300 homes were flooded and the army sent boats. Holbrook's mayor said pumps had failed during the night and " +
            "asked the river board for an inquiry into the maintenance of the levee.",
            Day0.AddHours(6));

        Assert.True(other.Result.IsNewStory);
        Assert.NotEqual(dam.Result.StoryId, other.Result.StoryId);
    }

    [Fact]
    public void A_follow_up_days_later_joins_the_running_story()
    {
        using var world = new StoryWorld();
        var first = world.Add("left.example", "Neglected Corrin Valley dam collapses, flooding Ashford after years of warnings", DamLeft, Day0);
        world.Add("center.example", "Corrin Valley dam wall collapses, 1,200 evacuated from Ashford", DamCenter, Day0.AddHours(20));
        world.Add("right.example", "Ashford flooded as Corrin Valley dam bursts; residents ask why repairs never came", DamRight, Day0.AddDays(1.5));
        var followUp = world.Add("daily.example", "Corrin Valley dam: water authority chief resigns as Ashford begins clean-up",
            "The head of the regional water authority resigned on Friday, three days after the Corrin Valley dam wall collapsed " +
            "and flooded Ashford. Engineers said the remaining sections of the dam are stable. Most of the 1,200 evacuated " +
            "residents of Ashford returned home to begin the clean-up, while the water authority faces an inquiry.",
            Day0.AddDays(3));

        Assert.False(followUp.Result.IsNewStory);
        Assert.Equal(first.Result.StoryId, followUp.Result.StoryId);
        var story = world.Reader.Get(first.Result.StoryId)!;
        Assert.Equal(Day0, story.FirstSeen);
        Assert.Equal(Day0.AddDays(3), story.Updated);
    }

    [Fact]
    public void A_wire_repost_is_folded_under_the_earliest_copy_even_when_the_original_arrives_late()
    {
        using var world = new StoryWorld();
        const string wire =
            "The northern wall of the Corrin Valley dam collapsed on Tuesday, sending water into the village of Ashford, " +
            "officials said. Rescue teams evacuated about 1,200 residents overnight, the regional water authority said in a " +
            "statement. Engineers were inspecting the rest of the dam and no deaths had been reported. The authority said it " +
            "would publish its inspection reports from the last five years and asked residents to stay away from the river banks.";
        var repost1 = world.Add("paper-a.example", "Dam wall collapses, 1,200 evacuated", wire, Day0.AddHours(2));
        var repost2 = world.Add("paper-b.example", "Corrin Valley dam collapse forces 1,200 from homes", wire + " (Wire)", Day0.AddHours(3));
        Assert.Equal(repost1.Article.Id, repost2.Result.RepostOfArticleId);
        Assert.Equal(repost1.Result.StoryId, repost2.Result.StoryId);

        // The wire's own copy turns up later but carries the earliest publish time: it becomes the original.
        var original = world.Add("wire.example", "Corrin Valley dam wall collapses", wire, Day0);
        Assert.Null(original.Result.RepostOfArticleId);
        Assert.Equal(repost1.Result.StoryId, original.Result.StoryId);

        var story = world.Reader.Get(original.Result.StoryId)!;
        Assert.Equal(original.Article.Id, story.FirstReporterArticleId);
        Assert.All(story.Members.Where(m => m.ArticleId != original.Article.Id),
            m => Assert.Equal(original.Article.Id, m.RepostOfArticleId));
    }

    [Fact]
    public void A_bridging_article_merges_two_stories_and_the_old_id_keeps_resolving()
    {
        using var world = new StoryWorld();
        var strike = world.Add("center.example", "Harbour workers at Port Vellan walk out over pay",
            "Dock workers at Port Vellan stopped work on Monday in a dispute over pay, the Vellan dockers union said. " +
            "Container ships queued outside the harbour as cranes stood idle. The port operator Marlow Terminals said talks " +
            "with the union would resume and that the strike at Port Vellan cost millions each day.",
            Day0);
        var shortage = world.Add("business.example", "Supermarkets report empty shelves as imports stall",
            "Supermarkets in the northern provinces reported empty shelves of fruit and coffee on Monday as imported goods failed " +
            "to arrive. Retail chains said deliveries from container ships were days late and warned shoppers of shortages. " +
            "Importers said they were rerouting cargo through other ports at higher cost.",
            Day0.AddHours(1));
        Assert.NotEqual(strike.Result.StoryId, shortage.Result.StoryId);

        var bridge = world.Add("daily.example", "Port Vellan strike empties supermarket shelves as container ships queue",
            "The strike by dock workers at Port Vellan over pay has left container ships queued outside the harbour and " +
            "supermarkets in the northern provinces with empty shelves of fruit and coffee, as imported goods fail to arrive. " +
            "The Vellan dockers union and Marlow Terminals resumed talks on Monday while retail chains warned shoppers of " +
            "shortages and importers rerouted cargo through other ports at higher cost.",
            Day0.AddHours(4));

        Assert.Equal(strike.Result.StoryId, bridge.Result.StoryId);
        Assert.Contains(shortage.Result.StoryId, bridge.Result.MergedStoryIds);
        Assert.Equal(strike.Result.StoryId, world.Reader.StoryOfArticle(shortage.Article.Id));
        var viaOldId = world.Reader.Get(shortage.Result.StoryId)!;
        Assert.Equal(strike.Result.StoryId, viaOldId.Id);
        Assert.Equal(3, viaOldId.Members.Count);
    }

    [Fact]
    public void An_article_without_a_publish_time_matches_by_its_arrival_time()
    {
        using var world = new StoryWorld();
        var now = DateTimeOffset.UtcNow;
        var first = world.Add("center.example", "Corrin Valley dam wall collapses, 1,200 evacuated from Ashford", DamCenter, now.AddHours(-2));
        var undated = world.Add("right.example", "Ashford flooded as Corrin Valley dam bursts; residents ask why repairs never came", DamRight, null);

        Assert.Equal(first.Result.StoryId, undated.Result.StoryId);
    }

    [Fact]
    public void Matching_the_same_article_twice_returns_its_story_without_adding_it_again()
    {
        using var world = new StoryWorld();
        var first = world.Add("center.example", "Corrin Valley dam wall collapses, 1,200 evacuated from Ashford", DamCenter, Day0);
        var again = world.Matcher.Match(BiasCompanion.Host.Stories.MatchInputs.FromStored(first.Article));

        Assert.Equal(first.Result.StoryId, again.StoryId);
        Assert.False(again.IsNewStory);
        Assert.Single(world.Reader.Get(first.Result.StoryId)!.Members);
    }

    [Fact]
    public void An_article_with_no_text_at_all_starts_its_own_story_instead_of_failing()
    {
        using var world = new StoryWorld();
        var empty = world.Add("blank.example", "", "", Day0);
        var huge = world.Add("blank.example", new string('x', 50_000), string.Join(' ', Enumerable.Repeat("word", 200_000)), Day0);

        Assert.True(empty.Result.IsNewStory);
        Assert.True(huge.Result.IsNewStory);
        Assert.NotEqual(empty.Result.StoryId, huge.Result.StoryId);
        Assert.Equal(empty.Result.StoryId, world.Reader.StoryOfArticle(empty.Article.Id));
    }

    [Fact]
    public void Articles_matched_from_several_threads_each_land_in_exactly_one_story()
    {
        using var world = new StoryWorld();
        var stored = Enumerable.Range(0, 24).Select(i => world.Articles.Upsert(new BiasCompanion.Host.Storage.StoredArticle
        {
            Url = $"https://parallel.example/{i}",
            CanonicalUrl = $"https://parallel.example/{i}",
            OutletDomain = $"outlet{i % 6}.example",
            Title = i % 2 == 0 ? "Corrin Valley dam wall collapses, 1,200 evacuated from Ashford" : "Levee breaks on the river Tamsen near Holbrook",
            Body = i % 2 == 0 ? DamCenter : "A levee on the river Tamsen broke early on Friday and water poured into the town of Holbrook, the river board said.",
            Language = "en",
            PublishedAt = Day0.AddMinutes(i),
        })).ToList();

        var results = new System.Collections.Concurrent.ConcurrentBag<(long Article, long Story)>();
        Parallel.ForEach(stored, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            article => results.Add((article.Id, world.Matcher.Match(BiasCompanion.Host.Stories.MatchInputs.FromStored(article)).StoryId)));

        Assert.Equal(24, results.Count);
        var members = results.Select(r => world.Reader.StoryOfArticle(r.Article)).ToList();
        Assert.All(members, id => Assert.NotNull(id));
        var total = members.Distinct().Sum(id => world.Reader.Get(id!.Value)!.Members.Count);
        Assert.Equal(24, total);
    }
}
