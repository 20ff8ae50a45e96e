using Microsoft.Data.Sqlite;

namespace BiasCompanion.Host.Storage;

/// <summary>The one SQLite file of a data folder: opens connections with the store's pragmas.</summary>
public sealed class SqliteDatabase
{
    public const string FileName = "biascompanion.db";

    private readonly string _connectionString;

    public SqliteDatabase(string filePath)
    {
        FilePath = Path.GetFullPath(filePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string FilePath { get; }

    public static SqliteDatabase InFolder(string dataDir)
    {
        Directory.CreateDirectory(dataDir);
        return new SqliteDatabase(Path.Combine(dataDir, FileName));
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        // NORMAL is durable in WAL mode except for the last transactions before a power cut; never corrupting.
        pragma.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    /// <summary>Switches the file to WAL and applies the pending migrations. Safe to call on every start.</summary>
    public void Initialize()
    {
        using var connection = Open();
        using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            var mode = wal.ExecuteScalar() as string;
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"SQLite refused WAL mode for {FilePath} (got '{mode}').");
        }
        MigrationRunner.Apply(connection, Migrations.All);
    }
}
