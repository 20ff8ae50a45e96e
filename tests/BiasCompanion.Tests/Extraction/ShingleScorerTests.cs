using BiasCompanion.Host.Extraction.Eval;

namespace BiasCompanion.Tests.Extraction;

public sealed class ShingleScorerTests
{
    [Fact]
    public void IdenticalTextScoresOne()
    {
        var c = ShingleScorer.Match("one two three four five", "one two three four five");
        Assert.Equal((1.0, 0.0, 0.0), (c.Tp, c.Fp, c.Fn));
    }

    [Fact]
    public void CountsShingleMultisetsNormalisedPerPage()
    {
        // gold shingles: (a b c d), (b c d e); predicted: (a b c d), (b c d x)
        var c = ShingleScorer.Match("a b c d e", "a b c d x");
        Assert.Equal(1.0 / 3, c.Tp, 9);
        Assert.Equal(1.0 / 3, c.Fp, 9);
        Assert.Equal(1.0 / 3, c.Fn, 9);
    }

    [Fact]
    public void TokensAreWordCharactersWithCaseKept()
    {
        Assert.Equal(["Hello", "world_1", "café", "42"], ShingleScorer.Tokenize("Hello, world_1! café-42"));
        Assert.Equal(0.0, ShingleScorer.Match("Alpha beta gamma delta", "alpha beta gamma delta").Tp);
    }

    [Fact]
    public void EmptyPredictionCountsForRecallOnlyAndF1ComesFromTheMeans()
    {
        var pages = new[]
        {
            ShingleScorer.Match("a b c d e", "a b c d e"),
            ShingleScorer.Match("a b c d e", ""),
        };
        var (p, r, f) = ShingleScorer.Aggregate(pages);
        Assert.Equal(1.0, p);
        Assert.Equal(0.5, r);
        Assert.Equal(2 * 1.0 * 0.5 / 1.5, f, 9);
    }

    [Fact]
    public void ShortTextsStillMakeOneShingle()
    {
        Assert.Equal(1.0, ShingleScorer.Match("two words", "two words").Tp);
        Assert.Equal(0.0, ShingleScorer.Match("two words", "two other").Tp);
    }
}
