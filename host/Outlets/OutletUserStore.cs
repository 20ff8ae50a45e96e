using System.Globalization;
using System.Text.Json;
using BiasCompanion.Host.Storage;
using Microsoft.Data.Sqlite;

namespace BiasCompanion.Host.Outlets;

/// <summary>
/// The user's outlet data in SQLite (tables of migration 0002-outlet-user-data). Every write returns the number of
/// rows it actually changed, so an import that repeats known data reports zero changes.
/// </summary>
public sealed class OutletUserStore(SqliteDatabase database, TimeProvider clock)
{
    public SqliteConnection Open() => database.Open();

    public OutletUserData Load()
    {
        using var connection = database.Open();
        var outlets = new List<UserOutletRow>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT id, is_new, name, primary_domain, aliases, country, city, language, owner, owner_type
                FROM outlet_user_outlets ORDER BY id
                """;
            using var r = command.ExecuteReader();
            while (r.Read())
                outlets.Add(new UserOutletRow
                {
                    Id = r.GetString(0),
                    IsNew = r.GetInt64(1) == 1,
                    Name = NullableString(r, 2),
                    PrimaryDomain = NullableString(r, 3),
                    Aliases = NullableString(r, 4) is { } aliases ? JsonSerializer.Deserialize<List<string>>(aliases) : null,
                    Country = NullableString(r, 5),
                    City = NullableString(r, 6),
                    Language = NullableString(r, 7),
                    Owner = NullableString(r, 8),
                    OwnerType = Enum.TryParse<OwnerType>(NullableString(r, 9), out var type) ? type : null,
                });
        }
        var ratings = new List<UserRatingRow>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT outlet_id, dimension, source, value, retrieved_at FROM outlet_user_ratings ORDER BY outlet_id, dimension, source";
            using var r = command.ExecuteReader();
            while (r.Read())
                ratings.Add(new UserRatingRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
                    NullableString(r, 4) is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null));
        }
        var feeds = new List<UserFeedRow>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT outlet_id, url, source FROM outlet_user_feeds ORDER BY outlet_id, url";
            using var r = command.ExecuteReader();
            while (r.Read()) feeds.Add(new UserFeedRow(r.GetString(0), r.GetString(1), r.GetString(2)));
        }
        var flags = new List<UserFlagRow>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT outlet_id, flag, source FROM outlet_user_flags ORDER BY outlet_id, flag, source";
            using var r = command.ExecuteReader();
            while (r.Read()) flags.Add(new UserFlagRow(r.GetString(0), r.GetString(1), r.GetString(2)));
        }
        return new OutletUserData(outlets, ratings, feeds, flags);
    }

    /// <summary>Sets a source's rating of a dimension; the retrieval date moves only when the value changes.</summary>
    public int UpsertRating(SqliteConnection connection, SqliteTransaction? transaction, string outletId, string dimension, string source, string value)
    {
        using var command = Command(connection, transaction, """
            INSERT INTO outlet_user_ratings (outlet_id, dimension, source, value, retrieved_at, updated_utc)
            VALUES ($outlet, $dimension, $source, $value, $date, $now)
            ON CONFLICT(outlet_id, dimension, source) DO UPDATE SET
                value = excluded.value, retrieved_at = excluded.retrieved_at, updated_utc = excluded.updated_utc
            WHERE value <> excluded.value
            """);
        command.Parameters.AddWithValue("$outlet", outletId);
        command.Parameters.AddWithValue("$dimension", dimension);
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$value", value);
        command.Parameters.AddWithValue("$date", clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        return command.ExecuteNonQuery();
    }

    public int DeleteRatings(SqliteConnection connection, SqliteTransaction? transaction, string outletId, string source, string? dimension = null)
    {
        using var command = Command(connection, transaction,
            "DELETE FROM outlet_user_ratings WHERE outlet_id = $outlet AND source = $source AND ($dimension IS NULL OR dimension = $dimension)");
        command.Parameters.AddWithValue("$outlet", outletId);
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$dimension", (object?)dimension ?? DBNull.Value);
        return command.ExecuteNonQuery();
    }

    public int AddFeed(SqliteConnection connection, SqliteTransaction? transaction, string outletId, string url, string source)
    {
        using var command = Command(connection, transaction, """
            INSERT INTO outlet_user_feeds (outlet_id, url, source, added_utc) VALUES ($outlet, $url, $source, $now)
            ON CONFLICT(outlet_id, url) DO NOTHING
            """);
        command.Parameters.AddWithValue("$outlet", outletId);
        command.Parameters.AddWithValue("$url", url);
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        return command.ExecuteNonQuery();
    }

    /// <summary>Makes <paramref name="flags"/> the flags this source gives the outlet.</summary>
    public int ReplaceFlags(SqliteConnection connection, SqliteTransaction? transaction, string outletId, string source, IReadOnlyCollection<string> flags)
    {
        var changes = 0;
        using (var delete = Command(connection, transaction,
                   "DELETE FROM outlet_user_flags WHERE outlet_id = $outlet AND source = $source AND flag NOT IN (SELECT value FROM json_each($flags))"))
        {
            delete.Parameters.AddWithValue("$outlet", outletId);
            delete.Parameters.AddWithValue("$source", source);
            delete.Parameters.AddWithValue("$flags", JsonSerializer.Serialize(flags));
            changes += delete.ExecuteNonQuery();
        }
        foreach (var flag in flags)
        {
            using var insert = Command(connection, transaction,
                "INSERT INTO outlet_user_flags (outlet_id, flag, source) VALUES ($outlet, $flag, $source) ON CONFLICT DO NOTHING");
            insert.Parameters.AddWithValue("$outlet", outletId);
            insert.Parameters.AddWithValue("$flag", flag);
            insert.Parameters.AddWithValue("$source", source);
            changes += insert.ExecuteNonQuery();
        }
        return changes;
    }

    /// <summary>Adds a new outlet unless one with this id or primary domain exists.</summary>
    public int InsertNewOutlet(SqliteConnection connection, SqliteTransaction? transaction, UserOutletRow row)
    {
        using var command = Command(connection, transaction, """
            INSERT INTO outlet_user_outlets (id, is_new, name, primary_domain, aliases, country, city, language, owner, owner_type, updated_utc)
            VALUES ($id, 1, $name, $domain, $aliases, $country, $city, $language, $owner, $ownerType, $now)
            ON CONFLICT DO NOTHING
            """);
        AddOutletParameters(command, row);
        return command.ExecuteNonQuery();
    }

    /// <summary>Stores edits: each non-null field of <paramref name="row"/> replaces the stored one.</summary>
    public int UpsertEdits(SqliteConnection connection, SqliteTransaction? transaction, UserOutletRow row)
    {
        using var command = Command(connection, transaction, """
            INSERT INTO outlet_user_outlets (id, is_new, name, primary_domain, aliases, country, city, language, owner, owner_type, updated_utc)
            VALUES ($id, $isNew, $name, $domain, $aliases, $country, $city, $language, $owner, $ownerType, $now)
            ON CONFLICT(id) DO UPDATE SET
                name = COALESCE(excluded.name, name), primary_domain = COALESCE(excluded.primary_domain, primary_domain),
                aliases = COALESCE(excluded.aliases, aliases), country = COALESCE(excluded.country, country),
                city = COALESCE(excluded.city, city), language = COALESCE(excluded.language, language),
                owner = COALESCE(excluded.owner, owner), owner_type = COALESCE(excluded.owner_type, owner_type),
                updated_utc = excluded.updated_utc
            """);
        AddOutletParameters(command, row);
        command.Parameters.AddWithValue("$isNew", row.IsNew ? 1 : 0);
        return command.ExecuteNonQuery();
    }

    private void AddOutletParameters(SqliteCommand command, UserOutletRow row)
    {
        var p = command.Parameters;
        p.AddWithValue("$id", row.Id);
        p.AddWithValue("$name", (object?)row.Name ?? DBNull.Value);
        p.AddWithValue("$domain", (object?)row.PrimaryDomain ?? DBNull.Value);
        p.AddWithValue("$aliases", row.Aliases is null ? DBNull.Value : JsonSerializer.Serialize(row.Aliases));
        p.AddWithValue("$country", (object?)row.Country ?? DBNull.Value);
        p.AddWithValue("$city", (object?)row.City ?? DBNull.Value);
        p.AddWithValue("$language", (object?)row.Language ?? DBNull.Value);
        p.AddWithValue("$owner", (object?)row.Owner ?? DBNull.Value);
        p.AddWithValue("$ownerType", (object?)row.OwnerType?.ToString() ?? DBNull.Value);
        p.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeMilliseconds());
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
