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
    ];
}
