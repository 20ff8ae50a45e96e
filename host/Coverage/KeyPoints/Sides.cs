namespace BiasCompanion.Host.Coverage.KeyPoints;

/// <summary>The report's sides: Left + Lean Left = left, Center, Lean Right + Right = right, no rating = unrated.</summary>
public static class Sides
{
    public const string Left = "left";
    public const string Center = "center";
    public const string Right = "right";
    public const string Unrated = "unrated";

    public static readonly IReadOnlyList<string> Rated = [Left, Center, Right];
    public static readonly IReadOnlyList<string> All = [Left, Center, Right, Unrated];

    /// <param name="bias">An outlet card's kebab-case bias label ("lean-left"), or null.</param>
    public static string Of(string? bias) => bias switch
    {
        "left" or "lean-left" => Left,
        "center" => Center,
        "lean-right" or "right" => Right,
        _ => Unrated,
    };

    public static int Order(string side) => side switch { Left => 0, Center => 1, Right => 2, _ => 3 };
}
