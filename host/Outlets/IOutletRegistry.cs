namespace BiasCompanion.Host.Outlets;

public interface IOutletRegistry
{
    /// <summary>The outlet publishing at this url, or an unknown outlet carrying the url's registrable domain.</summary>
    OutletResolution Resolve(string url);

    Outlet? FindById(string id);

    IReadOnlyCollection<Outlet> All { get; }
}

/// <param name="Outlet">Null when no known outlet publishes at the url.</param>
/// <param name="RegistrableDomain">e.g. "bbc.co.uk" for "https://www.bbc.co.uk/news/x"; empty for an invalid url.</param>
public sealed record OutletResolution(Outlet? Outlet, string RegistrableDomain)
{
    /// <summary>The domain an article is filed under: the outlet's primary domain, else the site's registrable domain.</summary>
    public string DomainOr(string fallbackHost) =>
        Outlet?.PrimaryDomain ?? (RegistrableDomain.Length > 0 ? RegistrableDomain : fallbackHost);
}
