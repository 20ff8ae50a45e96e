using System.Globalization;
using Microsoft.Data.Sqlite;

namespace BiasCompanion.Host.Storage;

/// <summary>Reads and writes the articles table. One canonical url is one row.</summary>
public sealed class ArticleStore(SqliteDatabase database, TimeProvider clock)
{
    private const string Columns =
        "id, url, canonical_url, outlet_domain, title, byline, published_at, language, site_name, lead, body, image_url, first_seen_utc, updated_utc";

    /// <summary>Inserts the article, or updates the row with the same canonical url (keeping its first-seen time).</summary>
    /// <returns>The stored row.</returns>
    public StoredArticle Upsert(StoredArticle article)
    {
        using var connection = database.Open();
        return Upsert(connection, null, article);
    }

    public StoredArticle Upsert(SqliteConnection connection, SqliteTransaction? transaction, StoredArticle article)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            INSERT INTO articles (url, canonical_url, outlet_domain, title, byline, published_at, published_utc,
                                  language, site_name, lead, body, image_url, first_seen_utc, updated_utc)
            VALUES ($url, $canonical, $outlet, $title, $byline, $published, $publishedUtc,
                    $language, $siteName, $lead, $body, $image, $now, $now)
            ON CONFLICT(canonical_url) DO UPDATE SET
                url = excluded.url, outlet_domain = excluded.outlet_domain,
                title = COALESCE(excluded.title, title), byline = COALESCE(excluded.byline, byline),
                published_at = COALESCE(excluded.published_at, published_at),
                published_utc = COALESCE(excluded.published_utc, published_utc),
                language = COALESCE(excluded.language, language), site_name = COALESCE(excluded.site_name, site_name),
                lead = COALESCE(excluded.lead, lead),
                body = CASE WHEN length(excluded.body) > 0 THEN excluded.body ELSE body END,
                image_url = COALESCE(excluded.image_url, image_url), updated_utc = excluded.updated_utc
            RETURNING {Columns};
            """;
        var p = command.Parameters;
        p.AddWithValue("$url", article.Url);
        p.AddWithValue("$canonical", article.CanonicalUrl);
        p.AddWithValue("$outlet", article.OutletDomain);
        p.AddWithValue("$title", (object?)article.Title ?? DBNull.Value);
        p.AddWithValue("$byline", (object?)article.Byline ?? DBNull.Value);
        p.AddWithValue("$published", (object?)article.PublishedAt?.ToString("O", CultureInfo.InvariantCulture) ?? DBNull.Value);
        p.AddWithValue("$publishedUtc", (object?)article.PublishedAt?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        p.AddWithValue("$language", (object?)article.Language ?? DBNull.Value);
        p.AddWithValue("$siteName", (object?)article.SiteName ?? DBNull.Value);
        p.AddWithValue("$lead", (object?)article.Lead ?? DBNull.Value);
        p.AddWithValue("$body", article.Body);
        p.AddWithValue("$image", (object?)article.ImageUrl ?? DBNull.Value);
        p.AddWithValue("$now", now);
        using var reader = command.ExecuteReader();
        reader.Read();
        return Read(reader);
    }

    public StoredArticle? FindByCanonicalUrl(string canonicalUrl)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM articles WHERE canonical_url = $canonical";
        command.Parameters.AddWithValue("$canonical", canonicalUrl);
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    public StoredArticle? FindById(long id)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM articles WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    /// <summary>The articles with these ids that exist, in no particular order.</summary>
    public IReadOnlyList<StoredArticle> FindByIds(IReadOnlyCollection<long> ids)
    {
        if (ids.Count == 0) return [];
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        // carray is not available in every SQLite build: pass the ids as one JSON array instead.
        command.CommandText = $"SELECT {Columns} FROM articles WHERE id IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(ids));
        using var reader = command.ExecuteReader();
        var found = new List<StoredArticle>(ids.Count);
        while (reader.Read()) found.Add(Read(reader));
        return found;
    }

    public long Count()
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM articles";
        return (long)command.ExecuteScalar()!;
    }

    private static StoredArticle Read(SqliteDataReader r) => new()
    {
        Id = r.GetInt64(0),
        Url = r.GetString(1),
        CanonicalUrl = r.GetString(2),
        OutletDomain = r.GetString(3),
        Title = r.IsDBNull(4) ? null : r.GetString(4),
        Byline = r.IsDBNull(5) ? null : r.GetString(5),
        PublishedAt = r.IsDBNull(6) ? null : DateTimeOffset.Parse(r.GetString(6), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        Language = r.IsDBNull(7) ? null : r.GetString(7),
        SiteName = r.IsDBNull(8) ? null : r.GetString(8),
        Lead = r.IsDBNull(9) ? null : r.GetString(9),
        Body = r.GetString(10),
        ImageUrl = r.IsDBNull(11) ? null : r.GetString(11),
        FirstSeenAt = DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(12)),
        UpdatedAt = DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(13)),
    };
}
