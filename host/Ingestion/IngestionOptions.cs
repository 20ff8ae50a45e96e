namespace BiasCompanion.Host.Ingestion;

/// <summary>Settings under "BiasCompanion:Ingestion": which feeds are polled, how often and how politely.</summary>
public sealed class IngestionOptions
{
    public const string Section = "BiasCompanion:Ingestion";

    public bool Enabled { get; set; } = true;

    /// <summary>Poll the feeds listed in the outlet registry (besides <see cref="Feeds"/> and user-added feeds).</summary>
    public bool UseRegistryFeeds { get; set; } = true;

    /// <summary>Extra feed urls to poll.</summary>
    public List<string> Feeds { get; set; } = [];

    public int PollIntervalSeconds { get; set; } = 900;
    public int TickMilliseconds { get; set; } = 1000;
    public int MaxConcurrentFeeds { get; set; } = 4;
    public int MaxConcurrentPerHost { get; set; } = 1;
    public int MaxItemsPerPoll { get; set; } = 50;

    /// <summary>A feed item with at least this many words of text is stored as is; shorter ones get their page fetched.</summary>
    public int MinFeedTextWords { get; set; } = 150;

    public int BackoffBaseSeconds { get; set; } = 60;
    public int BackoffMaxSeconds { get; set; } = 6 * 3600;
    public int ParkAfterFailures { get; set; } = 6;
    public int ParkedRetrySeconds { get; set; } = 24 * 3600;
}
