namespace BiasCompanion.Host.Ingestion.Fetching;

/// <summary>Settings under "BiasCompanion:Fetch": how the host talks to the web (feeds, pages, search providers).</summary>
public sealed class FetchOptions
{
    public const string Section = "BiasCompanion:Fetch";

    public string UserAgent { get; set; } = "BiasCompanion/1.0 (local news reader; +https://github.com/biascompanion/biascompanion)";
    public int TimeoutSeconds { get; set; } = 20;
    public int MaxRedirects { get; set; } = 5;
    public int MaxResponseBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The least time between two requests to one host (feeds, pages and searches alike).</summary>
    public int MinHostIntervalMilliseconds { get; set; } = 2000;

    /// <summary>Loopback addresses (127.0.0.0/8, ::1). Off by default; the tests' fixture web needs it.</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>Private, link-local, CGNAT and other non-public ranges. Off by default (no SSRF through a feed).</summary>
    public bool AllowPrivateNetworks { get; set; }
}
