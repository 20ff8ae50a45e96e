using Microsoft.Data.Sqlite;

namespace BiasCompanion.Host.Storage;

public enum StorageFailureKind { Full, ReadOnly, Locked, Unavailable }

/// <summary>
/// Why the store cannot take a write right now (the disk is full, the data folder is read-only, another program
/// holds the database lock), with the words the API and the hub show. Reads keep working in each of these states.
/// </summary>
public sealed record StorageFailure(StorageFailureKind Kind, string Title, string Detail)
{
    private const int SqliteBusy = 5, SqliteLocked = 6, SqliteReadOnly = 8, SqliteIoError = 10, SqliteFull = 13, SqliteCantOpen = 14;
    private const int ErrnoNoSpace = 28, ErrnoReadOnlyFileSystem = 30;
    private const string ReadsWork = "Stories already stored can still be read.";

    public static StorageFailure Full { get; } = new(StorageFailureKind.Full, "Storage full",
        $"The disk holding the data folder is full: nothing new can be stored until space is freed. {ReadsWork}");

    public static StorageFailure ReadOnly { get; } = new(StorageFailureKind.ReadOnly, "Data folder is read-only",
        $"The data folder is read-only: nothing new can be stored until it is writable again. {ReadsWork}");

    public static StorageFailure Locked { get; } = new(StorageFailureKind.Locked, "Database is locked by another process",
        $"Another program has held a lock on the database file for longer than the host waits: nothing new can be stored until it lets go. {ReadsWork}");

    public static StorageFailure Unavailable(string what) => new(StorageFailureKind.Unavailable, "Storage unavailable",
        $"The database file could not be {what}. {ReadsWork}");

    /// <summary>The storage failure behind an exception (looking through wrappers), or null when it is something else.</summary>
    /// <param name="folderIsReadOnly">Asked when SQLite cannot open the file: a read-only folder is the usual cause.</param>
    public static StorageFailure? Of(Exception? error, Func<bool>? folderIsReadOnly = null)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite:
                    return (sqlite.SqliteErrorCode & 0xFF) switch
                    {
                        SqliteFull => Full,
                        SqliteReadOnly => ReadOnly,
                        SqliteBusy or SqliteLocked => Locked,
                        SqliteCantOpen => folderIsReadOnly?.Invoke() == true ? ReadOnly : Unavailable("opened"),
                        SqliteIoError => folderIsReadOnly?.Invoke() == true ? ReadOnly : Unavailable("read or written (I/O error)"),
                        _ => null,
                    };
                case IOException io when io.HResult == ErrnoNoSpace || io.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase):
                    return Full;
                case IOException io when io.HResult == ErrnoReadOnlyFileSystem || io.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase):
                    return ReadOnly;
            }
        }
        return null;
    }
}
