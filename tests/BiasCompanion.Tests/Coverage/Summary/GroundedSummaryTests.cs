using BiasCompanion.Host.Coverage;
using BiasCompanion.Host.Coverage.Summary;

namespace BiasCompanion.Tests.Coverage.Summary;

public class GroundedSummaryTests
{
    private static readonly KeyPoint[] Points =
    [
        new("Lavrov met Kim Jong Un in Wonsan on Saturday.", [1, 2], ["center", "right"]),
        new("North Korea has sent Russia artillery shells.", [2, 3], ["right", "left"]),
    ];

    [Fact]
    public void Only_sentences_citing_existing_points_are_kept_and_linked_to_their_articles()
    {
        var summary = GroundedSummary.From(
            "Russia's foreign minister met Kim in Wonsan [1]. Both sides praised their ties. " +
            "Pyongyang supplies shells for the war [2, 1]. Aliens landed too [7].", Points, "test-model");

        Assert.NotNull(summary);
        Assert.Equal("test-model", summary.Model);
        Assert.Equal(2, summary.Sentences.Count);
        Assert.Equal("Russia's foreign minister met Kim in Wonsan.", summary.Sentences[0].Text);
        Assert.Equal([1], summary.Sentences[0].KeyPoints);
        Assert.Equal([1L, 2L], summary.Sentences[0].ArticleIds);
        Assert.Equal([1, 2], summary.Sentences[1].KeyPoints);
        Assert.Equal([1L, 2L, 3L], summary.Sentences[1].ArticleIds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("A summary without any citation at all.")]
    [InlineData("Everything cites a fact that does not exist [3].")]
    public void Nothing_grounded_means_no_summary(string completion) =>
        Assert.Null(GroundedSummary.From(completion, Points, "m"));

    [Fact]
    public void The_prompt_numbers_the_points_and_asks_for_citations()
    {
        var (system, user) = GroundedSummary.Prompt(Points);
        Assert.Contains("square brackets", system);
        Assert.Contains("[1] Lavrov met Kim Jong Un in Wonsan on Saturday.", user);
        Assert.Contains("[2] North Korea has sent Russia artillery shells.", user);
    }
}
