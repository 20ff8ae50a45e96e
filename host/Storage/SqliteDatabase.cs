using Microsoft.Data.Sqlite;

namespace BiasCompanion.Host.Storage;

/// <summary>The one SQLite file of a data folder: opens connections with the store's pragmas.</summary>
public sealed class SqliteDatabase
{
    public const string FileName = "biascompanion.db";
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(30);
    private const int ProbeBytes = 64 * 1024;

    private readonly string _connectionString;
    private readonly string _asIsConnectionString;
    private readonly string _probeConnectionString;
    private readonly int _busyTimeoutMilliseconds;
    private readonly Lock _initializing = new();
    private volatile bool _readFileAsIs;
    private volatile bool _initialized;

    public SqliteDatabase(string filePath) : this(filePath, DefaultBusyTimeout) { }

    /// <param name="busyTimeout">How long a write waits for a lock held by another connection before it fails.</param>
    public SqliteDatabase(string filePath, TimeSpan busyTimeout)
    {
        FilePath = Path.GetFullPath(filePath);
        _busyTimeoutMilliseconds = (int)Math.Clamp(busyTimeout.TotalMilliseconds, 100, 600_000);
        // Microsoft.Data.Sqlite retries a busy statement itself until the command timeout: keep the two waits equal.
        var commandTimeout = (int)Math.Ceiling(_busyTimeoutMilliseconds / 1000.0);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = commandTimeout,
        }.ToString();
        // A read-only folder without a WAL cannot host SQLite's shared-memory index: the file is then read as it is.
        _asIsConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = new Uri(FilePath).AbsoluteUri + "?immutable=1",
            Mode = SqliteOpenMode.ReadOnly,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = commandTimeout,
        }.ToString();
        _probeConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 1,
        }.ToString();
        Health = new StorageHealth(ProbeAndRecover, FolderIsReadOnly);
    }

    public string FilePath { get; }

    public string Folder => Path.GetDirectoryName(FilePath)!;

    /// <summary>Whether writes can be stored now (disk full, read-only folder, lock held elsewhere), re-checked when degraded.</summary>
    public StorageHealth Health { get; }

    public static SqliteDatabase InFolder(string dataDir) => InFolder(dataDir, DefaultBusyTimeout);

    public static SqliteDatabase InFolder(string dataDir, TimeSpan busyTimeout)
    {
        Directory.CreateDirectory(dataDir);
        return new SqliteDatabase(Path.Combine(dataDir, FileName), busyTimeout);
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_readFileAsIs ? _asIsConnectionString : _connectionString);
        try
        {
            connection.Open();
            using var pragma = connection.CreateCommand();
            // NORMAL is durable in WAL mode except for the last transactions before a power cut; never corrupting.
            pragma.CommandText = $"PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = {_busyTimeoutMilliseconds};";
            pragma.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Switches the file to WAL and applies the pending migrations. Safe to call on every start. On a read-only data
    /// folder (or a full disk, or a lock held elsewhere) the store starts degraded instead: reads work, writes are refused
    /// with the reason, and the migrations run once the folder takes writes again.
    /// </summary>
    public void Initialize()
    {
        if (FolderIsReadOnly())
        {
            EnterReadOnly();
            return;
        }
        try
        {
            InitializeWritable();
        }
        catch (Exception error) when (Health.Report(error) is not null) { }
    }

    private void InitializeWritable()
    {
        lock (_initializing)
        {
            if (_initialized) return;
            using var connection = Open();
            using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode = WAL;";
                var mode = wal.ExecuteScalar() as string;
                if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                    throw new InvalidOperationException($"SQLite refused WAL mode for {FilePath} (got '{mode}').");
            }
            MigrationRunner.Apply(connection, Migrations.All);
            _initialized = true;
        }
    }

    private void EnterReadOnly()
    {
        // A WAL left behind by a crash holds committed transactions that only a normal (read-only) open sees.
        _readFileAsIs = !File.Exists(FilePath + "-wal");
        Health.Set(StorageFailure.ReadOnly);
    }

    /// <summary>True when no file can be created in the data folder (a read-only mount, or no permission).</summary>
    public bool FolderIsReadOnly()
    {
        try
        {
            using var probe = ProbeFile();
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
        catch (IOException error)
        {
            return StorageFailure.Of(error) == StorageFailure.ReadOnly;
        }
    }

    /// <summary>The storage failure still in force, or null once writes can go through again (then undoes the fallbacks).</summary>
    private StorageFailure? ProbeAndRecover()
    {
        try
        {
            using (var probe = ProbeFile())
            {
                probe.Write(new byte[ProbeBytes]);
                probe.Flush(flushToDisk: true);
            }
            // Connections SQLite opened read-only while the folder was read-only stay read-only, and so does the shared-memory
            // index they share with every connection of this process to the file: close them, and open new ones.
            if (_readFileAsIs)
            {
                _readFileAsIs = false;
                using var asIs = new SqliteConnection(_asIsConnectionString);
                SqliteConnection.ClearPool(asIs);
            }
            using (var pooled = new SqliteConnection(_connectionString)) SqliteConnection.ClearPool(pooled);
            using (var connection = new SqliteConnection(_probeConnectionString))
            {
                connection.Open();
                // One statement per command: a failing statement after one that returns a row (as PRAGMA busy_timeout does)
                // is not reported by ExecuteNonQuery.
                foreach (var sql in new[] { "PRAGMA busy_timeout = 1000", "BEGIN IMMEDIATE", "ROLLBACK" })
                {
                    using var command = connection.CreateCommand();
                    command.CommandTimeout = 1;
                    command.CommandText = sql;
                    command.ExecuteNonQuery();
                }
            }
            InitializeWritable();
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return StorageFailure.ReadOnly;
        }
        catch (Exception error) when (error is IOException or SqliteException)
        {
            return StorageFailure.Of(error, FolderIsReadOnly) ?? StorageFailure.Unavailable("written");
        }
    }

    private FileStream ProbeFile() =>
        new(Path.Combine(Folder, $".write-probe-{Environment.ProcessId}"), FileMode.Create, FileAccess.Write, FileShare.None,
            bufferSize: 1, FileOptions.DeleteOnClose);
}
