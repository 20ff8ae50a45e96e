using System.Collections.Frozen;

namespace BiasCompanion.Host.Outlets;

/// <summary>
/// An immutable snapshot of the registry with every lookup precomputed: host → (its path-scoped outlets, its outlet)
/// and id → outlet. A known outlet's resolution is a cached object, so resolving it allocates nothing; a url costs
/// one dictionary probe per host label.
/// </summary>
public sealed class OutletIndex
{
    private readonly FrozenDictionary<string, HostEntry>.AlternateLookup<ReadOnlySpan<char>> _hosts;
    private readonly FrozenDictionary<string, Outlet> _byId;
    private readonly PublicSuffixes _suffixes;

    private sealed record PathScoped(string Prefix, OutletResolution Resolution);

    /// <summary>What one host maps to: the outlets owning some of its paths (longest first), else the host's outlet.</summary>
    private sealed record HostEntry(PathScoped[] Paths, OutletResolution? Resolution);

    public OutletIndex(IReadOnlyList<Outlet> outlets, PublicSuffixes suffixes)
    {
        _suffixes = suffixes;
        All = outlets;
        var hosts = new Dictionary<string, OutletResolution>(StringComparer.OrdinalIgnoreCase);
        var paths = new Dictionary<string, List<PathScoped>>(StringComparer.OrdinalIgnoreCase);
        var byId = new Dictionary<string, Outlet>(StringComparer.Ordinal);
        // Later outlets win a contested domain: user-created outlets come after the shipped ones.
        foreach (var outlet in outlets)
        {
            byId[outlet.Id] = outlet;
            foreach (var domain in outlet.Domains)
            {
                var (host, path) = SplitDomain(domain);
                if (host.Length == 0) continue;
                var resolution = new OutletResolution(outlet, suffixes.RegistrableDomain(host));
                if (path.Length == 0) hosts[host] = resolution;
                else
                {
                    if (!paths.TryGetValue(host, out var list)) paths[host] = list = [];
                    list.RemoveAll(p => p.Prefix.Equals(path, StringComparison.OrdinalIgnoreCase));
                    list.Add(new PathScoped(path, resolution));
                }
            }
        }
        PathScopedDomains = paths.SelectMany(p => p.Value.Select(s => p.Key + s.Prefix)).Order(StringComparer.Ordinal).ToArray();
        // A path-scoped outlet on a host is reachable through that host's aliases too (amp.theguardian.com/us-news).
        foreach (var (host, scoped) in paths.ToList())
        {
            if (!hosts.TryGetValue(host, out var parent)) continue;
            foreach (var alias in parent.Outlet!.Domains)
            {
                var (aliasHost, aliasPath) = SplitDomain(alias);
                if (aliasPath.Length > 0 || aliasHost.Equals(host, StringComparison.OrdinalIgnoreCase) || paths.ContainsKey(aliasHost)) continue;
                paths[aliasHost] = scoped.Select(s => new PathScoped(s.Prefix, new OutletResolution(s.Resolution.Outlet, suffixes.RegistrableDomain(aliasHost)))).ToList();
            }
        }
        _hosts = hosts.Keys.Union(paths.Keys, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(
                host => host,
                host => new HostEntry(
                    paths.TryGetValue(host, out var scoped) ? scoped.OrderByDescending(p => p.Prefix.Length).ToArray() : [],
                    hosts.GetValueOrDefault(host)),
                StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        KnownHosts = hosts.Keys.Order(StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<Outlet> All { get; }

    /// <summary>Every host an outlet publishes at (its subdomains resolve to it too).</summary>
    public IReadOnlyList<string> KnownHosts { get; }

    /// <summary>"host/path" of the outlets that own only part of a host.</summary>
    public IReadOnlyList<string> PathScopedDomains { get; }

    public Outlet? FindById(string id) => _byId.GetValueOrDefault(id);

    public OutletResolution Resolve(string url)
    {
        if (!OutletUrl.TryGetTarget(url, out var host, out var path, out _)) return Unknown;
        if (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) host = host[4..];

        var candidate = host;
        while (true)
        {
            if (_hosts.TryGetValue(candidate, out var entry))
            {
                foreach (var scoped in entry.Paths)
                    if (path.StartsWith(scoped.Prefix, StringComparison.OrdinalIgnoreCase) &&
                        (path.Length == scoped.Prefix.Length || path[scoped.Prefix.Length] == '/'))
                        return scoped.Resolution;
                if (entry.Resolution is not null) return entry.Resolution;
            }
            var dot = candidate.IndexOf('.');
            if (dot < 0) break;
            candidate = candidate[(dot + 1)..];
            if (candidate.IndexOf('.') < 0) break; // a bare TLD is never an outlet
        }
        return new OutletResolution(null, _suffixes.RegistrableDomain(host));
    }

    private static readonly OutletResolution Unknown = new(null, "");

    /// <summary>"wsj.com/opinion/" → ("wsj.com", "/opinion").</summary>
    public static (string Host, string Path) SplitDomain(string domain)
    {
        var d = domain.Trim().ToLowerInvariant();
        if (d.StartsWith("www.", StringComparison.Ordinal)) d = d[4..];
        var slash = d.IndexOf('/');
        if (slash < 0) return (d.TrimEnd('.'), "");
        var path = d[(slash + 1)..].Trim('/');
        return (d[..slash].TrimEnd('.'), path.Length == 0 ? "" : "/" + path);
    }
}
