namespace BiasCompanion.Host.Outlets;

/// <summary>
/// The shipped outlets merged with the user's data (which wins), behind an immutable <see cref="OutletIndex"/>
/// snapshot that is rebuilt whenever the user's data changes.
/// </summary>
public sealed class OutletRegistry : IOutletRegistry
{
    /// <summary>Country of an outlet whose country nobody has told us (ISO 3166 user-assigned "unknown").</summary>
    public const string UnknownCountry = "ZZ";

    private readonly ShippedOutletFile _shipped;
    private readonly OutletUserStore? _store;
    private readonly Lock _reloadLock = new();
    private volatile OutletIndex _index;

    public OutletRegistry(ShippedOutletFile shipped, PublicSuffixes suffixes, OutletUserStore? store = null)
    {
        _shipped = shipped;
        Suffixes = suffixes;
        _store = store;
        _index = Build();
    }

    public PublicSuffixes Suffixes { get; }

    public string ShippedVersion => _shipped.Version;

    public OutletIndex Index => _index;

    public OutletResolution Resolve(string url) => _index.Resolve(url);

    public Outlet? FindById(string id) => _index.FindById(id);

    public IReadOnlyCollection<Outlet> All => _index.All;

    /// <summary>Re-reads the user's data; call after writing to the store.</summary>
    public void Reload()
    {
        lock (_reloadLock) _index = Build();
    }

    private OutletIndex Build()
    {
        var user = _store?.Load() ?? OutletUserData.Empty;
        var edits = user.Outlets.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var ratings = user.Ratings.ToLookup(r => r.OutletId, StringComparer.Ordinal);
        var feeds = user.Feeds.ToLookup(f => f.OutletId, StringComparer.Ordinal);
        var flags = user.Flags.ToLookup(f => f.OutletId, StringComparer.Ordinal);

        var outlets = new List<Outlet>(_shipped.Outlets.Count + user.Outlets.Count);
        var shippedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in _shipped.Outlets)
        {
            shippedIds.Add(entry.Id);
            outlets.Add(Merge(FromShipped(entry), edits.GetValueOrDefault(entry.Id), ratings[entry.Id], feeds[entry.Id], flags[entry.Id]));
        }
        foreach (var row in user.Outlets)
        {
            if (shippedIds.Contains(row.Id) || row.PrimaryDomain is null) continue;
            var created = new Outlet
            {
                Id = row.Id,
                Name = row.Name ?? row.PrimaryDomain,
                PrimaryDomain = row.PrimaryDomain,
                Country = UnknownCountry,
            };
            outlets.Add(Merge(created, row, ratings[row.Id], feeds[row.Id], flags[row.Id]));
        }
        return new OutletIndex(outlets, Suffixes);
    }

    private static Outlet FromShipped(ShippedOutletEntry e) => new()
    {
        Id = e.Id,
        Name = e.Name,
        PrimaryDomain = e.PrimaryDomain,
        Domains = [e.PrimaryDomain, .. e.Aliases],
        Country = e.Country,
        City = e.City,
        Language = e.Language,
        Owner = e.Owner,
        OwnerType = e.OwnerType,
        Feeds = e.Feeds,
        Ratings = e.Ratings,
        Flags = e.Flags,
    };

    private static Outlet Merge(Outlet outlet, UserOutletRow? edit, IEnumerable<UserRatingRow> userRatings,
        IEnumerable<UserFeedRow> userFeeds, IEnumerable<UserFlagRow> userFlags)
    {
        var primary = edit?.PrimaryDomain ?? outlet.PrimaryDomain;
        var domains = new List<string> { primary };
        foreach (var d in outlet.Domains.Concat(edit?.Aliases ?? []))
            if (!domains.Contains(d, StringComparer.OrdinalIgnoreCase)) domains.Add(d);

        // A user-side rating replaces the shipped rating of the same source and dimension.
        var ratings = new List<OutletRating>(outlet.Ratings);
        foreach (var r in userRatings)
        {
            ratings.RemoveAll(x => x.Dimension == r.Dimension && x.Source == r.Source);
            ratings.Add(new OutletRating(r.Dimension, r.Value, r.Source, r.RetrievedAt));
        }
        var feeds = outlet.Feeds.Concat(userFeeds.Select(f => f.Url)).Distinct(StringComparer.Ordinal).ToList();
        var flags = outlet.Flags.Concat(userFlags.Select(f => f.Flag)).Distinct(StringComparer.Ordinal).ToList();

        return outlet with
        {
            Name = edit?.Name ?? outlet.Name,
            PrimaryDomain = primary,
            Domains = domains,
            Country = edit?.Country ?? outlet.Country,
            City = edit?.City ?? outlet.City,
            Language = edit?.Language ?? outlet.Language,
            Owner = edit?.Owner ?? outlet.Owner,
            OwnerType = edit?.OwnerType ?? outlet.OwnerType,
            Feeds = feeds,
            Ratings = ratings,
            Flags = flags,
            Bias = RatingCombiner.CombineBias(ratings),
            Factuality = RatingCombiner.CombineFactuality(ratings),
        };
    }
}
