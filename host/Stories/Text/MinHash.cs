namespace BiasCompanion.Host.Stories.Text;

/// <summary>MinHash over word 5-shingles: estimates the Jaccard overlap of two bodies in constant time.</summary>
internal static class MinHash
{
    public const int Size = 64;
    private const int ShingleWords = 5;
    private const int MinShingles = 25;

    /// <summary>Null when the body is too short for a copy to be told from a shared headline.</summary>
    public static ulong[]? Signature(IReadOnlyList<string> words)
    {
        if (words.Count - ShingleWords + 1 < MinShingles) return null;
        var signature = new ulong[Size];
        Array.Fill(signature, ulong.MaxValue);
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            ulong h = 1469598103934665603UL;
            for (var w = 0; w < ShingleWords; w++)
            {
                foreach (var c in words[i + w]) h = (h ^ c) * 1099511628211UL;
                h = (h ^ ' ') * 1099511628211UL;
            }
            h = Mix(h);
            // k hash functions from one mixed value: odd multiplier plus offset per slot (cheap universal family).
            for (var k = 0; k < Size; k++)
            {
                var v = h * Multipliers[k] + Offsets[k];
                if (v < signature[k]) signature[k] = v;
            }
        }
        return signature;
    }

    public static double Similarity(ulong[] a, ulong[] b)
    {
        var same = 0;
        for (var k = 0; k < Size; k++) if (a[k] == b[k]) same++;
        return same / (double)Size;
    }

    private static readonly ulong[] Multipliers = Enumerable.Range(1, Size).Select(k => Mix((ulong)k * 0x9E3779B97F4A7C15UL) | 1UL).ToArray();
    private static readonly ulong[] Offsets = Enumerable.Range(1, Size).Select(k => Mix((ulong)k * 0xD1B54A32D192ED03UL)).ToArray();

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
