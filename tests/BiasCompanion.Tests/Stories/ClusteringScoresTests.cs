using BiasCompanion.Host.Stories.Eval;

namespace BiasCompanion.Tests.Stories;

public class ClusteringScoresTests
{
    [Fact]
    public void Pairwise_and_bcubed_scores_match_a_hand_computed_example()
    {
        // gold {a,b,c} {d}; predicted {a,b} {c,d}
        var (pairwise, bcubed) = ClusteringScores.Score([("g1", "p1"), ("g1", "p1"), ("g1", "p2"), ("g2", "p2")]);

        Assert.Equal(0.5, pairwise.Precision, 6);       // 1 of the 2 predicted pairs is gold
        Assert.Equal(1 / 3.0, pairwise.Recall, 6);      // 1 of the 3 gold pairs is predicted
        Assert.Equal((1 + 1 + 0.5 + 0.5) / 4, bcubed.Precision, 6);
        Assert.Equal((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1) / 4, bcubed.Recall, 6);
    }

    [Fact]
    public void No_predicted_pairs_gives_zero_precision_not_a_division_error()
    {
        var (pairwise, _) = ClusteringScores.Score([("g", "p1"), ("g", "p2")]);
        Assert.Equal(0, pairwise.Precision);
        Assert.Equal(0, pairwise.F1);
    }
}
