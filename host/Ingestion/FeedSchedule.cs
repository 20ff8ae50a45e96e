namespace BiasCompanion.Host.Ingestion;

/// <summary>When a feed is polled next: the regular interval after a success, exponential backoff with jitter after
/// failures (never sooner than the server's Retry-After), and a daily retry once a feed is parked.</summary>
public static class FeedSchedule
{
    public static FeedState AfterSuccess(FeedState state, IngestionOptions options, DateTimeOffset now, string? etag, string? lastModified, int stored) =>
        state with
        {
            ETag = etag ?? state.ETag,
            LastModified = lastModified ?? state.LastModified,
            LastPoll = now,
            LastSuccess = now,
            ConsecutiveFailures = 0,
            Parked = false,
            ItemsStored = state.ItemsStored + stored,
            NextPoll = now.AddSeconds(options.PollIntervalSeconds),
        };

    public static FeedState AfterFailure(FeedState state, IngestionOptions options, DateTimeOffset now, string error, TimeSpan? retryAfter, double jitter01)
    {
        var failures = state.ConsecutiveFailures + 1;
        var parked = failures >= options.ParkAfterFailures;
        var backoff = Math.Min(options.BackoffMaxSeconds, options.BackoffBaseSeconds * Math.Pow(2, Math.Min(failures - 1, 30)));
        var delay = TimeSpan.FromSeconds(backoff * (0.75 + 0.5 * jitter01));
        if (retryAfter is { } wait && wait > delay) delay = wait < TimeSpan.FromDays(1) ? wait : TimeSpan.FromDays(1);
        if (parked) delay = TimeSpan.FromSeconds(options.ParkedRetrySeconds);
        return state with
        {
            LastPoll = now,
            LastError = error.Length > 500 ? error[..500] : error,
            LastErrorAt = now,
            ConsecutiveFailures = failures,
            Parked = parked,
            NextPoll = now + delay,
        };
    }
}
