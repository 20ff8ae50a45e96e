using System.Diagnostics;

namespace BiasCompanion.Host.Storage;

/// <summary>
/// Whether the store can take writes. A failed write reports its storage failure here; while one is set, reading
/// <see cref="Current"/> re-checks the data folder and the database lock (at most every <see cref="ProbeInterval"/>)
/// and clears it once the condition has ended, so the host recovers without a restart.
/// </summary>
public sealed class StorageHealth
{
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(2);

    private readonly Func<StorageFailure?> _probe;
    private readonly Func<bool> _folderIsReadOnly;
    private readonly Lock _probing = new();
    private volatile State? _state;
    private long _lastProbe;

    private sealed record State(StorageFailure Failure, DateTimeOffset Since);

    /// <param name="probe">Checks the conditions again (and undoes their effects when they are over); null when writable.</param>
    /// <param name="folderIsReadOnly">Tells a read-only folder from other reasons SQLite cannot open the file.</param>
    public StorageHealth(Func<StorageFailure?> probe, Func<bool> folderIsReadOnly)
    {
        _probe = probe;
        _folderIsReadOnly = folderIsReadOnly;
    }

    /// <summary>The failure in force (re-checked when due), or null when the store takes writes.</summary>
    public StorageFailure? Current
    {
        get
        {
            ProbeIfDue();
            return _state?.Failure;
        }
    }

    public bool IsDegraded => Current is not null;

    /// <summary>Since when the current failure has been in force.</summary>
    public DateTimeOffset? Since => _state?.Since;

    /// <summary>Records the storage failure behind an exception; returns it, or null when the exception is something else.</summary>
    public StorageFailure? Report(Exception error)
    {
        var failure = StorageFailure.Of(error, _folderIsReadOnly);
        if (failure is not null) Set(failure);
        return failure;
    }

    public void Set(StorageFailure failure)
    {
        var state = _state;
        if (state?.Failure != failure) _state = new State(failure, state?.Since ?? DateTimeOffset.UtcNow);
        Interlocked.Exchange(ref _lastProbe, Stopwatch.GetTimestamp());
    }

    private void ProbeIfDue()
    {
        if (_state is null || Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastProbe)) < ProbeInterval) return;
        // One caller probes; the others answer with the state as it is.
        if (!_probing.TryEnter()) return;
        try
        {
            if (_state is null || Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastProbe)) < ProbeInterval) return;
            var failure = _probe();
            Interlocked.Exchange(ref _lastProbe, Stopwatch.GetTimestamp());
            if (failure is null) _state = null;
            else if (failure != _state?.Failure) _state = new State(failure, _state?.Since ?? DateTimeOffset.UtcNow);
        }
        finally
        {
            _probing.Exit();
        }
    }
}
