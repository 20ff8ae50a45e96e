using BiasCompanion.Host.Coverage.KeyPoints;

namespace BiasCompanion.Tests.Coverage.KeyPoints;

public class KeyPointExtractorTests
{
    private readonly IReadOnlyList<KeyPointSource> _sources = BridgeStory.Sources();

    private KeyPointSource Article(long id) => _sources.Single(s => s.ArticleId == id);

    [Fact]
    public void Points_are_verbatim_sentences_of_the_articles_and_not_redundant()
    {
        var result = KeyPointExtractor.Extract(_sources);

        Assert.InRange(result.Points.Count, 3, 5);
        foreach (var point in result.Points)
            Assert.Contains(_sources, s => SentenceSplitter.Split(s.Lead).Concat(SentenceSplitter.Split(s.Body)).Contains(point.Text));
        Assert.All(result.PointSimilarities, s => Assert.True(s < KeyPointSettings.Default.MaxPointSimilarity, $"similarity {s}"));
        Assert.Equal(result.Points.Count, result.Points.Select(p => p.Text).Distinct().Count());
    }

    [Fact]
    public void The_fact_every_side_reports_comes_first_citing_its_articles_and_sides()
    {
        var first = KeyPointExtractor.Extract(_sources).Points[0];

        Assert.Contains(first.Text, new[] { BridgeStory.BudgetLeft, BridgeStory.BudgetCenter, BridgeStory.BudgetRight });
        Assert.Equal([Sides.Left, Sides.Center, Sides.Right], first.Sides);
        Assert.Superset(new HashSet<long> { BridgeStory.Left1, BridgeStory.Center, BridgeStory.Right }, first.ArticleIds.ToHashSet());
        Assert.Null(first.OnlySide);
    }

    [Fact]
    public void Each_point_cites_exactly_the_articles_that_report_it()
    {
        var points = KeyPointExtractor.Extract(_sources).Points;

        var mayor = Assert.Single(points, p => p.Text is BridgeStory.MayorLeft or BridgeStory.MayorCenter);
        Assert.Equal(new[] { BridgeStory.Left1, BridgeStory.Center }.Order(), mayor.ArticleIds.Order());
        Assert.Equal([Sides.Left, Sides.Center], mayor.Sides);
        var schedule = Assert.Single(points, p => p.Text is BridgeStory.ScheduleCenter or BridgeStory.ScheduleRight);
        Assert.Equal(new[] { BridgeStory.Center, BridgeStory.Right }.Order(), schedule.ArticleIds.Order());
    }

    [Fact]
    public void A_fact_only_one_side_reports_is_flagged_in_the_framing()
    {
        var framing = KeyPointExtractor.Extract(_sources).Framing;

        Assert.Equal([Sides.Left, Sides.Center, Sides.Right], framing.Select(f => f.Side));
        var left = framing.Single(f => f.Side == Sides.Left);
        var wetlands = Assert.Single(left.OnlyThisSide, p => p.Text is BridgeStory.WetlandsLeft or BridgeStory.WetlandsLeft2);
        Assert.Equal(Sides.Left, wetlands.OnlySide);
        Assert.Equal(new[] { BridgeStory.Left1, BridgeStory.Left2 }.Order(), wetlands.ArticleIds.Order());
        var right = framing.Single(f => f.Side == Sides.Right);
        Assert.Contains(right.OnlyThisSide, p => p.Text == BridgeStory.OverrunsRight && p.OnlySide == Sides.Right);
        Assert.DoesNotContain(framing.SelectMany(f => f.OnlyThisSide), p => p.Text.Contains("$12 million", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_side_gets_the_headline_closest_to_its_other_headlines()
    {
        var framing = KeyPointExtractor.Extract(_sources).Framing;

        Assert.Equal(BridgeStory.Center, framing.Single(f => f.Side == Sides.Center).ArticleId);
        Assert.Equal(Article(BridgeStory.Right).Title, framing.Single(f => f.Side == Sides.Right).Headline);
        Assert.Contains(framing.Single(f => f.Side == Sides.Left).ArticleId, new[] { BridgeStory.Left1, BridgeStory.Left2 });
    }

    [Fact]
    public void Reposts_left_out_by_the_caller_and_a_single_outlet_give_no_points()
    {
        var oneOutlet = _sources.Where(s => s.ArticleId == BridgeStory.Center).ToList();

        Assert.Empty(KeyPointExtractor.Extract(oneOutlet).Points);
        Assert.Empty(KeyPointExtractor.Extract([]).Points);
    }

    [Fact]
    public void Two_articles_of_one_outlet_count_once_towards_importance()
    {
        // The same outlet twice saying the same thing does not outrank a fact two outlets report.
        var sources = _sources.Select(s => s.ArticleId == BridgeStory.Left2 ? s with { OutletKey = "leftdaily.example" } : s).ToList();

        var first = KeyPointExtractor.Extract(sources).Points[0];

        Assert.Equal([Sides.Left, Sides.Center, Sides.Right], first.Sides);
    }

    [Fact]
    public void Sentences_in_another_language_than_the_story_are_not_candidates()
    {
        var sources = _sources.Append(new KeyPointSource(9, "zeitung.example", Sides.Center, "Riverton baut eine Brücke", null,
            "Der Stadtrat von Riverton hat am Dienstag 12 Millionen Dollar für die neue Brücke über den Elm River bewilligt.", "de", _sources[0].Time)).ToList();

        var result = KeyPointExtractor.Extract(sources);

        Assert.DoesNotContain(result.Points, p => p.Text.Contains("Stadtrat", StringComparison.Ordinal));
    }
}
