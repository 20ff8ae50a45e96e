namespace BiasCompanion.Host.Extraction;

/// <summary>HTML's space-separated token lists (<c>class</c>, <c>rel</c>, <c>property</c>).</summary>
internal static class TokenList
{
    private static readonly char[] Separators = [' ', '\t', '\n', '\r', '\f'];

    public static string[] Split(string list) => list.Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether <paramref name="list"/> holds <paramref name="token"/> as a whole token, case-insensitively.</summary>
    public static bool Has(string? list, string token)
    {
        if (string.IsNullOrEmpty(list) || !list.Contains(token, StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var part in Split(list))
            if (part.Equals(token, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
