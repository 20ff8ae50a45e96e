namespace BiasCompanion.Host.Ingestion.Discovery;

/// <summary>
/// Settings under "BiasCompanion:Discovery". Searching sends the story's key terms to the provider, so every
/// provider ships disabled: the user opts in.
/// </summary>
public sealed class DiscoveryOptions
{
    public const string Section = "BiasCompanion:Discovery";

    public List<SearchProvider> Providers { get; set; } = [];

    /// <summary>Start discovery by itself after a lookup whose story has fewer outlets than this (0 = never).</summary>
    public int AutoTriggerBelowOutlets { get; set; } = 3;

    public int MaxRequests { get; set; } = 20;
    public int MaxArticles { get; set; } = 15;
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>A request for the same story within this many seconds joins (or reuses) the last run.</summary>
    public int ReuseSeconds { get; set; } = 300;
}

/// <param name="UrlTemplate">An RSS search url with "{query}" where the url-encoded terms go.</param>
public sealed class SearchProvider
{
    public string Name { get; set; } = "";
    public string UrlTemplate { get; set; } = "";
    public bool Enabled { get; set; }
}
