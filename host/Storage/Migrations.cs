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
        new("0004-feed-state", """
            CREATE TABLE feed_state (
                url              TEXT PRIMARY KEY,
                outlet_id        TEXT,
                etag             TEXT,
                last_modified    TEXT,
                last_poll_utc    INTEGER,
                last_success_utc INTEGER,
                last_error       TEXT,
                last_error_utc   INTEGER,
                failures         INTEGER NOT NULL DEFAULT 0,
                parked           INTEGER NOT NULL DEFAULT 0,
                items_stored     INTEGER NOT NULL DEFAULT 0,
                next_poll_utc    INTEGER NOT NULL
            );
            CREATE INDEX ix_feed_state_next ON feed_state(next_poll_utc);
            """),
        new("0005-outlet-user-data", """
            -- The user's own outlet data. Shipped outlets live in the host's outlets.json and are referenced by id;
            -- these rows override them and survive upgrades of that file.
            CREATE TABLE outlet_user_outlets (
                id             TEXT PRIMARY KEY,
                is_new         INTEGER NOT NULL,  -- 1: an outlet the user added; 0: edits to a shipped outlet
                name           TEXT,
                primary_domain TEXT UNIQUE,
                aliases        TEXT,              -- JSON array of hosts
                country        TEXT,
                city           TEXT,
                language       TEXT,
                owner          TEXT,
                owner_type     TEXT,
                updated_utc    INTEGER NOT NULL
            );
            CREATE TABLE outlet_user_ratings (
                outlet_id    TEXT NOT NULL,
                dimension    TEXT NOT NULL,  -- bias | factuality
                source       TEXT NOT NULL,  -- user | allsides | mbfc | ...
                value        TEXT NOT NULL,
                retrieved_at TEXT,           -- YYYY-MM-DD
                updated_utc  INTEGER NOT NULL,
                PRIMARY KEY (outlet_id, dimension, source)
            );
            CREATE TABLE outlet_user_feeds (
                outlet_id TEXT NOT NULL,
                url       TEXT NOT NULL,
                source    TEXT NOT NULL,
                added_utc INTEGER NOT NULL,
                PRIMARY KEY (outlet_id, url)
            );
            CREATE TABLE outlet_user_flags (
                outlet_id TEXT NOT NULL,
                flag      TEXT NOT NULL,
                source    TEXT NOT NULL,
                PRIMARY KEY (outlet_id, flag, source)
            );
            """),
        new("0006-stories", """
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
        new("0007-settings", """
            CREATE TABLE settings (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            );
            """),
        new("0008-keypoint-flags", """
            CREATE TABLE keypoint_flags (
                story_id    INTEGER NOT NULL,
                text_hash   TEXT NOT NULL,  -- SHA-256 (hex) of the point's whitespace-normalised text
                text        TEXT NOT NULL,
                flagged_utc INTEGER NOT NULL,
                PRIMARY KEY (story_id, text_hash)
            );
            """),
        new("0009-story-redirects-by-story", """
            CREATE INDEX ix_story_redirects_story ON story_redirects(story_id);
            """),
    ];
}
