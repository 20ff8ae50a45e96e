namespace BiasCompanion.Host.Outlets;

/// <summary>
/// The combined value shown for a dimension: the user's own rating when there is one, otherwise the mean of every
/// source on its numeric scale (bias −2..+2, factuality 0 = Very High .. 5 = Very Low), rounded half away from
/// the centre for bias and towards the less factual label for factuality.
/// </summary>
public static class RatingCombiner
{
    public static BiasLabel? CombineBias(IEnumerable<OutletRating> ratings)
    {
        double sum = 0;
        var count = 0;
        foreach (var rating in ratings)
        {
            if (rating.Dimension != RatingVocabulary.BiasDimension || !RatingVocabulary.TryParseBias(rating.Value, out var label))
                continue;
            if (rating.Source == RatingVocabulary.UserSource) return label;
            sum += (int)label;
            count++;
        }
        return count == 0 ? null : (BiasLabel)(int)Math.Round(sum / count, MidpointRounding.AwayFromZero);
    }

    public static Factuality? CombineFactuality(IEnumerable<OutletRating> ratings)
    {
        double sum = 0;
        var count = 0;
        foreach (var rating in ratings)
        {
            if (rating.Dimension != RatingVocabulary.FactualityDimension || !RatingVocabulary.TryParseFactuality(rating.Value, out var value))
                continue;
            if (rating.Source == RatingVocabulary.UserSource) return value;
            sum += (int)value;
            count++;
        }
        return count == 0 ? null : (Factuality)(int)Math.Round(sum / count, MidpointRounding.AwayFromZero);
    }
}
