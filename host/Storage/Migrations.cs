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
        new("0002-stories", """
            CREATE TABLE stories (
                id                        INTEGER PRIMARY KEY,
                headline                  TEXT NOT NULL,
                first_seen_utc            INTEGER NOT NULL,  -- earliest member time (publish, else arrival), unix ms
                updated_utc               INTEGER NOT NULL,  -- latest member time, unix ms
                first_reporter_article_id INTEGER,
                languages                 TEXT NOT NULL DEFAULT '',  -- comma separated
                created_utc               INTEGER NOT NULL,
                merged_into               INTEGER             -- set when folded into another story
            );
            CREATE INDEX ix_stories_updated ON stories(updated_utc);
            CREATE TABLE story_members (
                article_id           INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                story_id             INTEGER NOT NULL REFERENCES stories(id),
                repost_of_article_id INTEGER,
                time_utc             INTEGER NOT NULL,
                joined_utc           INTEGER NOT NULL
            );
            CREATE INDEX ix_story_members_story ON story_members(story_id);
            CREATE INDEX ix_story_members_time ON story_members(time_utc);
            CREATE TABLE story_redirects (
                old_story_id INTEGER PRIMARY KEY,
                story_id     INTEGER NOT NULL REFERENCES stories(id)
            );
            CREATE TABLE story_term_stats (
                term TEXT PRIMARY KEY,
                df   INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE story_corpus (
                id        INTEGER PRIMARY KEY CHECK (id = 1),
                documents INTEGER NOT NULL
            );
            """),
    ];
}
