namespace BiasCompanion.Host.Coverage;

public enum LookupFailure { None, InvalidInput, PageTooLarge }

/// <summary>The answer to one page lookup: a report, or why the capture was refused.</summary>
public sealed record LookupOutcome(CoverageReport? Report, LookupFailure Failure, string? Message)
{
    public static LookupOutcome Ok(CoverageReport report) => new(report, LookupFailure.None, null);
    public static LookupOutcome Invalid(string message) => new(null, LookupFailure.InvalidInput, message);
    public static LookupOutcome TooLarge(string message) => new(null, LookupFailure.PageTooLarge, message);
}
