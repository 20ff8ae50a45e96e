using BiasCompanion.Host.Outlets;

namespace BiasCompanion.Tests.Outlets;

public class RatingCombinerTests
{
    private static OutletRating Bias(string value, string source) => new("bias", value, source, null);
    private static OutletRating Fact(string value, string source) => new("factuality", value, source, null);

    [Fact]
    public void Combined_bias_is_the_mean_of_the_sources_rounded_to_a_label()
    {
        Assert.Equal(BiasLabel.LeanLeft, RatingCombiner.CombineBias([Bias("Left", "a"), Bias("Center", "b"), Bias("LeanLeft", "c")]));
        Assert.Equal(BiasLabel.Center, RatingCombiner.CombineBias([Bias("Left", "a"), Bias("Right", "b")]));
        Assert.Equal(BiasLabel.LeanRight, RatingCombiner.CombineBias([Bias("Right", "a"), Bias("Center", "b"), Bias("Center", "c")]));
    }

    [Fact]
    public void Halfway_means_round_away_from_the_centre()
    {
        Assert.Equal(BiasLabel.Left, RatingCombiner.CombineBias([Bias("Left", "a"), Bias("LeanLeft", "b")]));
        Assert.Equal(BiasLabel.LeanRight, RatingCombiner.CombineBias([Bias("Center", "a"), Bias("LeanRight", "b")]));
    }

    [Fact]
    public void The_users_own_rating_overrides_every_other_source()
    {
        Assert.Equal(BiasLabel.Right, RatingCombiner.CombineBias([Bias("Left", "a"), Bias("Right", RatingVocabulary.UserSource), Bias("Left", "b")]));
        Assert.Equal(Factuality.Low, RatingCombiner.CombineFactuality([Fact("VeryHigh", "a"), Fact("Low", RatingVocabulary.UserSource)]));
    }

    [Fact]
    public void Factuality_is_the_mean_with_ties_towards_the_less_factual_label()
    {
        Assert.Equal(Factuality.High, RatingCombiner.CombineFactuality([Fact("VeryHigh", "a"), Fact("High", "b")]));
        Assert.Equal(Factuality.Mixed, RatingCombiner.CombineFactuality([Fact("High", "a"), Fact("Low", "b")]));
    }

    [Fact]
    public void No_usable_rating_gives_no_combined_value()
    {
        Assert.Null(RatingCombiner.CombineBias([]));
        Assert.Null(RatingCombiner.CombineBias([Fact("High", "a"), Bias("sideways", "b")]));
        Assert.Null(RatingCombiner.CombineFactuality([Bias("Left", "a")]));
    }

    [Theory]
    [InlineData("Lean Left", BiasLabel.LeanLeft)]
    [InlineData("lean-left", BiasLabel.LeanLeft)]
    [InlineData("left-center", BiasLabel.LeanLeft)]
    [InlineData("Least Biased", BiasLabel.Center)]
    [InlineData("center", BiasLabel.Center)]
    [InlineData("right-center", BiasLabel.LeanRight)]
    [InlineData("https://www.allsides.com/media-bias/right", BiasLabel.Right)]
    [InlineData("LeanRight", BiasLabel.LeanRight)]
    [InlineData("extreme left", BiasLabel.Left)]
    public void Rater_vocabulary_maps_onto_the_five_labels(string text, BiasLabel label)
    {
        Assert.True(RatingVocabulary.TryParseBias(text, out var parsed));
        Assert.Equal(label, parsed);
    }

    [Theory]
    [InlineData("questionable", "questionable")]
    [InlineData("satire", "satire")]
    [InlineData("conspiracy-pseudoscience", "conspiracy")]
    [InlineData("pro-science", "pro-science")]
    public void Mbfc_categories_are_flags_not_leans(string text, string flag)
    {
        Assert.False(RatingVocabulary.TryParseBias(text, out _));
        Assert.True(RatingVocabulary.TryParseFlag(text, out var parsed));
        Assert.Equal(flag, parsed);
    }
}
