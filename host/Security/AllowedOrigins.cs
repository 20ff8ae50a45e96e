using BiasCompanion.Host.Storage;
using Microsoft.Extensions.Options;

namespace BiasCompanion.Host.Security;

/// <summary>
/// Browser-extension origins allowed to use the API without the token: the project's own extension ids from
/// configuration, and the origins paired by a client that presented the token (e.g. a Firefox install's uuid).
/// </summary>
public sealed class AllowedOrigins
{
    private readonly SqliteDatabase _database;
    private volatile HashSet<string> _origins;

    public AllowedOrigins(IOptions<SecurityOptions> options, SqliteDatabase database)
    {
        _database = database;
        var origins = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in options.Value.ExtensionIds)
            if (TryNormalize($"chrome-extension://{id}", out var origin)) origins.Add(origin);
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT origin FROM paired_origins";
        using var reader = command.ExecuteReader();
        while (reader.Read()) origins.Add(reader.GetString(0));
        _origins = origins;
    }

    public bool IsAllowed(string origin) => _origins.Contains(origin);

    /// <summary>Records a paired extension origin. Only chrome-extension:// and moz-extension:// origins qualify.</summary>
    public bool TryAdd(string origin)
    {
        if (!TryNormalize(origin, out var normalized)) return false;
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR IGNORE INTO paired_origins(origin, paired_utc) VALUES ($origin, $now)";
        command.Parameters.AddWithValue("$origin", normalized);
        command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
        _origins = new HashSet<string>(_origins, StringComparer.Ordinal) { normalized };
        return true;
    }

    /// <summary>Forgets every paired origin (after the pairing code is rotated).</summary>
    public void ClearPaired(IOptions<SecurityOptions> options)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM paired_origins";
        command.ExecuteNonQuery();
        var origins = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in options.Value.ExtensionIds)
            if (TryNormalize($"chrome-extension://{id}", out var origin)) origins.Add(origin);
        _origins = origins;
    }

    public static bool TryNormalize(string origin, out string normalized)
    {
        normalized = "";
        if (origin.Length > 200 || !Uri.TryCreate(origin, UriKind.Absolute, out var uri)) return false;
        if (uri.Scheme is not ("chrome-extension" or "moz-extension")) return false;
        var host = uri.Host.ToLowerInvariant();
        if (host.Length is < 16 or > 64 || !host.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')) return false;
        if (uri.AbsolutePath is not ("/" or "") || uri.Query.Length > 0 || uri.Fragment.Length > 0 || !uri.IsDefaultPort) return false;
        normalized = $"{uri.Scheme}://{host}";
        return true;
    }
}
