namespace BiasCompanion.Host.Outlets;

/// <summary>The words ratings are written in: dimensions, sources, flags, and the spellings raters use for each label.</summary>
public static class RatingVocabulary
{
    public const string BiasDimension = "bias";
    public const string FactualityDimension = "factuality";

    public const string ShippedSource = "biascompanion";
    /// <summary>A rating the user set by hand; it overrides every other source of its dimension.</summary>
    public const string UserSource = "user";
    public const string AllSidesSource = "allsides";
    public const string MbfcSource = "mbfc";

    public static readonly IReadOnlySet<string> KnownFlags = new HashSet<string>(StringComparer.Ordinal)
    {
        "state-media", "wire", "opinion", "aggregator", "fact-checker", "questionable", "satire", "conspiracy",
        "pseudoscience", "pro-science",
    };

    private static readonly Dictionary<string, BiasLabel> BiasWords = new(StringComparer.Ordinal)
    {
        ["left"] = BiasLabel.Left, ["far left"] = BiasLabel.Left, ["extreme left"] = BiasLabel.Left,
        ["lean left"] = BiasLabel.LeanLeft, ["leanleft"] = BiasLabel.LeanLeft, ["left center"] = BiasLabel.LeanLeft,
        ["center left"] = BiasLabel.LeanLeft, ["left leaning"] = BiasLabel.LeanLeft,
        ["center"] = BiasLabel.Center, ["centre"] = BiasLabel.Center, ["least biased"] = BiasLabel.Center,
        ["lean right"] = BiasLabel.LeanRight, ["leanright"] = BiasLabel.LeanRight, ["right center"] = BiasLabel.LeanRight,
        ["center right"] = BiasLabel.LeanRight, ["right leaning"] = BiasLabel.LeanRight,
        ["right"] = BiasLabel.Right, ["far right"] = BiasLabel.Right, ["extreme right"] = BiasLabel.Right,
    };

    private static readonly Dictionary<string, Factuality> FactualityWords = new(StringComparer.Ordinal)
    {
        ["very high"] = Factuality.VeryHigh, ["veryhigh"] = Factuality.VeryHigh,
        ["high"] = Factuality.High,
        ["mostly factual"] = Factuality.MostlyFactual, ["mostlyfactual"] = Factuality.MostlyFactual,
        ["mixed"] = Factuality.Mixed,
        ["low"] = Factuality.Low,
        ["very low"] = Factuality.VeryLow, ["verylow"] = Factuality.VeryLow,
    };

    /// <summary>MBFC categories that are not a lean; kept as flags.</summary>
    private static readonly Dictionary<string, string> FlagWords = new(StringComparer.Ordinal)
    {
        ["questionable"] = "questionable", ["questionable source"] = "questionable", ["fake news"] = "questionable",
        ["satire"] = "satire",
        ["conspiracy"] = "conspiracy", ["conspiracy pseudoscience"] = "conspiracy", ["pseudoscience"] = "pseudoscience",
        ["pro science"] = "pro-science",
    };

    /// <summary>"Lean Left", "lean-left", "LeanLeft", "left-center", "https://…/media-bias/left" … → the label.</summary>
    public static bool TryParseBias(string? text, out BiasLabel label)
    {
        label = BiasLabel.Center;
        return text is not null && BiasWords.TryGetValue(Normalize(text), out label);
    }

    public static bool TryParseFactuality(string? text, out Factuality factuality)
    {
        factuality = Factuality.High;
        return text is not null && FactualityWords.TryGetValue(Normalize(text), out factuality);
    }

    /// <summary>A rater category that marks the outlet rather than placing it on the scale, e.g. "conspiracy-pseudoscience".</summary>
    public static bool TryParseFlag(string? text, out string flag)
    {
        flag = "";
        if (text is null || !FlagWords.TryGetValue(Normalize(text), out var found)) return false;
        flag = found;
        return true;
    }

    public static string Display(BiasLabel label) => label switch
    {
        BiasLabel.Left => "Left",
        BiasLabel.LeanLeft => "Lean Left",
        BiasLabel.Center => "Center",
        BiasLabel.LeanRight => "Lean Right",
        _ => "Right",
    };

    /// <summary>Lower case, separators as single spaces, a URL reduced to its last path segment.</summary>
    private static string Normalize(string text)
    {
        var t = text.Trim();
        if (t.Length > 200) return "";
        if (t.Contains("://", StringComparison.Ordinal))
            t = t.TrimEnd('/')[(t.TrimEnd('/').LastIndexOf('/') + 1)..];
        var chars = new System.Text.StringBuilder(t.Length);
        var space = false;
        foreach (var c in t)
        {
            if (char.IsLetter(c)) { if (space && chars.Length > 0) chars.Append(' '); chars.Append(char.ToLowerInvariant(c)); space = false; }
            else space = true;
        }
        return chars.ToString();
    }
}
