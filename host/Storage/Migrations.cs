namespace BiasCompanion.Host.Storage;

/// <summary>Every schema step the store has ever taken. Append only: never edit or reorder a shipped step.</summary>
public static class Migrations
{
    public static readonly IReadOnlyList<Migration> All =
    [
        new("0001-articles", """
            CREATE TABLE articles (
                id             INTEGER PRIMARY KEY,
                url            TEXT NOT NULL,
                canonical_url  TEXT NOT NULL UNIQUE,
                outlet_domain  TEXT NOT NULL,
                title          TEXT,
                byline         TEXT,
                published_at   TEXT,     -- ISO-8601 with the page's own UTC offset
                published_utc  INTEGER,  -- unix milliseconds, for ordering and time windows
                language       TEXT,
                site_name      TEXT,
                lead           TEXT,
                body           TEXT NOT NULL DEFAULT '',
                image_url      TEXT,
                first_seen_utc INTEGER NOT NULL,
                updated_utc    INTEGER NOT NULL
            );
            CREATE INDEX ix_articles_published ON articles(published_utc);
            CREATE INDEX ix_articles_outlet ON articles(outlet_domain);
            """),
        new("0002-paired-origins", """
            CREATE TABLE paired_origins (
                origin     TEXT PRIMARY KEY,
                paired_utc INTEGER NOT NULL
            );
            """),
        new("0003-reading-events", """
            CREATE TABLE reading_events (
                id         INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                read_utc   INTEGER NOT NULL
            );
            CREATE INDEX ix_reading_events_read ON reading_events(read_utc);
            """),
    ];
}
