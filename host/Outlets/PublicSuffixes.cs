namespace BiasCompanion.Host.Outlets;

/// <summary>
/// Finds a host's registrable domain ("bbc.co.uk" for "www.bbc.co.uk") from the compact multi-label suffix list
/// shipped in Data/public-suffixes.txt; every single-label TLD is a suffix by default.
/// </summary>
public sealed class PublicSuffixes
{
    private const string ResourceName = "BiasCompanion.Host.Outlets.Data.public-suffixes.txt";

    private readonly HashSet<string> _suffixes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PublicSuffixes(IEnumerable<string> multiLabelSuffixes)
    {
        _suffixes = new HashSet<string>(multiLabelSuffixes, StringComparer.OrdinalIgnoreCase);
        _lookup = _suffixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static PublicSuffixes LoadEmbedded()
    {
        using var stream = typeof(PublicSuffixes).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var suffixes = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length > 0 && !entry.StartsWith('#')) suffixes.Add(entry);
        }
        return new PublicSuffixes(suffixes);
    }

    public bool IsPublicSuffix(ReadOnlySpan<char> host) => _lookup.Contains(host) || !host.Contains('.');

    /// <summary>The start index in <paramref name="host"/> of its registrable domain; the host itself when it is a suffix or an IP.</summary>
    public int RegistrableStart(ReadOnlySpan<char> host)
    {
        if (host.Length == 0 || IsIpLiteral(host)) return 0;
        var previousLabel = -1;
        var start = 0;
        while (true)
        {
            var tail = host[start..];
            if (_lookup.Contains(tail)) return previousLabel < 0 ? start : previousLabel;
            var dot = tail.IndexOf('.');
            if (dot < 0) return previousLabel < 0 ? start : previousLabel; // the last label is the TLD
            previousLabel = start;
            start += dot + 1;
        }
    }

    public string RegistrableDomain(ReadOnlySpan<char> host) => host[RegistrableStart(host)..].ToString().ToLowerInvariant();

    private static bool IsIpLiteral(ReadOnlySpan<char> host)
    {
        if (host.Contains(':')) return true; // IPv6
        foreach (var c in host)
            if (c != '.' && !char.IsAsciiDigit(c)) return false;
        return true;
    }
}
