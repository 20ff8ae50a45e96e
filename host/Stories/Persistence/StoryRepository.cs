using BiasCompanion.Host.Storage;
using Microsoft.Data.Sqlite;

namespace BiasCompanion.Host.Stories.Persistence;

/// <summary>The stories tables: stories, their members (with repost-of), merge redirects and term statistics.</summary>
internal sealed class StoryRepository(SqliteDatabase database)
{
    public SqliteConnection Open() => database.Open();

    public static long InsertStory(SqliteConnection c, SqliteTransaction tx, StoryFacts facts, long nowMs)
    {
        using var cmd = Command(c, tx, """
            INSERT INTO stories (headline, first_seen_utc, updated_utc, first_reporter_article_id, languages, created_utc)
            VALUES ($headline, $first, $updated, $reporter, $languages, $now) RETURNING id
            """);
        AddFacts(cmd, facts);
        cmd.Parameters.AddWithValue("$now", nowMs);
        return (long)cmd.ExecuteScalar()!;
    }

    public static void UpdateFacts(SqliteConnection c, SqliteTransaction tx, long storyId, StoryFacts facts)
    {
        using var cmd = Command(c, tx, """
            UPDATE stories SET headline = $headline, first_seen_utc = $first, updated_utc = $updated,
                               first_reporter_article_id = $reporter, languages = $languages
            WHERE id = $id
            """);
        AddFacts(cmd, facts);
        cmd.Parameters.AddWithValue("$id", storyId);
        cmd.ExecuteNonQuery();
    }

    public static void InsertMember(SqliteConnection c, SqliteTransaction tx, long articleId, long storyId, long? repostOf, long timeMs, long nowMs)
    {
        using var cmd = Command(c, tx, """
            INSERT INTO story_members (article_id, story_id, repost_of_article_id, time_utc, joined_utc)
            VALUES ($article, $story, $repost, $time, $now)
            ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id, repost_of_article_id = excluded.repost_of_article_id
            """);
        cmd.Parameters.AddWithValue("$article", articleId);
        cmd.Parameters.AddWithValue("$story", storyId);
        cmd.Parameters.AddWithValue("$repost", (object?)repostOf ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$time", timeMs);
        cmd.Parameters.AddWithValue("$now", nowMs);
        cmd.ExecuteNonQuery();
    }

    /// <summary>An earlier copy arrived late: it becomes the original of <paramref name="oldOriginal"/> and its reposts.</summary>
    public static void Reparent(SqliteConnection c, SqliteTransaction tx, long oldOriginal, long newOriginal)
    {
        using var cmd = Command(c, tx, """
            UPDATE story_members SET repost_of_article_id = $new
            WHERE article_id = $old OR repost_of_article_id = $old
            """);
        cmd.Parameters.AddWithValue("$old", oldOriginal);
        cmd.Parameters.AddWithValue("$new", newOriginal);
        cmd.ExecuteNonQuery();
    }

    /// <summary>Moves every member of <paramref name="from"/> into <paramref name="into"/>; old ids (and ids that pointed at it) redirect.</summary>
    public static void Merge(SqliteConnection c, SqliteTransaction tx, long from, long into)
    {
        using var cmd = Command(c, tx, """
            UPDATE story_members SET story_id = $into WHERE story_id = $from;
            UPDATE stories SET merged_into = $into WHERE id = $from;
            UPDATE story_redirects SET story_id = $into WHERE story_id = $from;
            INSERT INTO story_redirects (old_story_id, story_id) VALUES ($from, $into)
                ON CONFLICT(old_story_id) DO UPDATE SET story_id = excluded.story_id;
            """);
        cmd.Parameters.AddWithValue("$from", from);
        cmd.Parameters.AddWithValue("$into", into);
        cmd.ExecuteNonQuery();
    }

    public static long? StoryOfArticle(SqliteConnection c, long articleId)
    {
        using var cmd = Command(c, null, "SELECT story_id FROM story_members WHERE article_id = $a");
        cmd.Parameters.AddWithValue("$a", articleId);
        return cmd.ExecuteScalar() is long id ? id : null;
    }

    public static long? RepostOf(SqliteConnection c, long articleId)
    {
        using var cmd = Command(c, null, "SELECT repost_of_article_id FROM story_members WHERE article_id = $a");
        cmd.Parameters.AddWithValue("$a", articleId);
        return cmd.ExecuteScalar() is long id ? id : null;
    }

    public static long Resolve(SqliteConnection c, long storyId)
    {
        using var cmd = Command(c, null, "SELECT story_id FROM story_redirects WHERE old_story_id = $id");
        cmd.Parameters.AddWithValue("$id", storyId);
        return cmd.ExecuteScalar() is long id ? id : storyId;
    }

    public static StorySnapshot? Snapshot(SqliteConnection c, long storyId)
    {
        var id = Resolve(c, storyId);
        using var cmd = Command(c, null, """
            SELECT headline, first_seen_utc, updated_utc, first_reporter_article_id, languages
            FROM stories WHERE id = $id AND merged_into IS NULL
            """);
        cmd.Parameters.AddWithValue("$id", id);
        string headline, languages;
        long first, updated;
        long? reporter;
        using (var r = cmd.ExecuteReader())
        {
            if (!r.Read()) return null;
            headline = r.GetString(0);
            first = r.GetInt64(1);
            updated = r.GetInt64(2);
            reporter = r.IsDBNull(3) ? null : r.GetInt64(3);
            languages = r.GetString(4);
        }
        var members = new List<StoryMember>();
        using (var m = Command(c, null, """
            SELECT article_id, repost_of_article_id FROM story_members WHERE story_id = $id ORDER BY time_utc, article_id
            """))
        {
            m.Parameters.AddWithValue("$id", id);
            using var r = m.ExecuteReader();
            while (r.Read()) members.Add(new StoryMember(r.GetInt64(0), r.IsDBNull(1) ? null : r.GetInt64(1)));
        }
        return new StorySnapshot(id, headline, DateTimeOffset.FromUnixTimeMilliseconds(first),
            DateTimeOffset.FromUnixTimeMilliseconds(updated), reporter, members,
            languages.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    public static IReadOnlyList<long> UpdatedSince(SqliteConnection c, long sinceMs, int limit)
    {
        using var cmd = Command(c, null, """
            SELECT id FROM stories WHERE merged_into IS NULL AND updated_utc >= $since
            ORDER BY updated_utc DESC, id DESC LIMIT $limit
            """);
        cmd.Parameters.AddWithValue("$since", sinceMs);
        cmd.Parameters.AddWithValue("$limit", limit);
        var ids = new List<long>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) ids.Add(r.GetInt64(0));
        return ids;
    }

    public static void SaveTermStats(SqliteConnection c, SqliteTransaction tx, long documents, IEnumerable<(string Term, int Df)> terms)
    {
        using (var docs = Command(c, tx, """
            INSERT INTO story_corpus (id, documents) VALUES (1, $n)
            ON CONFLICT(id) DO UPDATE SET documents = documents + excluded.documents
            """))
        {
            docs.Parameters.AddWithValue("$n", documents);
            docs.ExecuteNonQuery();
        }
        using var cmd = Command(c, tx, """
            INSERT INTO story_term_stats (term, df) VALUES ($t, $df)
            ON CONFLICT(term) DO UPDATE SET df = df + excluded.df
            """);
        var term = cmd.Parameters.Add("$t", SqliteType.Text);
        var df = cmd.Parameters.Add("$df", SqliteType.Integer);
        cmd.Prepare();
        foreach (var (t, n) in terms)
        {
            term.Value = t;
            df.Value = n;
            cmd.ExecuteNonQuery();
        }
    }

    public static (long Documents, List<(string, int)> Terms) LoadTermStats(SqliteConnection c)
    {
        long documents = 0;
        using (var docs = Command(c, null, "SELECT documents FROM story_corpus WHERE id = 1"))
            if (docs.ExecuteScalar() is long n) documents = n;
        var terms = new List<(string, int)>();
        using var cmd = Command(c, null, "SELECT term, df FROM story_term_stats");
        using var r = cmd.ExecuteReader();
        while (r.Read()) terms.Add((r.GetString(0), r.GetInt32(1)));
        return (documents, terms);
    }

    public static long? LatestMemberTime(SqliteConnection c)
    {
        using var cmd = Command(c, null, "SELECT MAX(time_utc) FROM story_members");
        return cmd.ExecuteScalar() is long t ? t : null;
    }

    /// <summary>Members of live stories updated at or after <paramref name="sinceMs"/>, with the text to rebuild their profiles.</summary>
    public static IEnumerable<ActiveMember> ActiveMembers(SqliteConnection c, long sinceMs)
    {
        using var cmd = Command(c, null, """
            SELECT m.story_id, m.article_id, m.repost_of_article_id, m.time_utc,
                   a.title, a.lead, a.body, a.language, a.outlet_domain, a.published_utc IS NULL
            FROM stories s JOIN story_members m ON m.story_id = s.id JOIN articles a ON a.id = m.article_id
            WHERE s.merged_into IS NULL AND s.updated_utc >= $since
            ORDER BY m.story_id, m.time_utc, m.article_id
            """);
        cmd.Parameters.AddWithValue("$since", sinceMs);
        using var r = cmd.ExecuteReader();
        while (r.Read())
            yield return new ActiveMember(r.GetInt64(0), r.IsDBNull(2) ? null : r.GetInt64(2), new MatchInput(
                r.GetInt64(1), r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5), r.GetString(6),
                r.IsDBNull(7) ? null : r.GetString(7), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(3)), r.GetString(8))
            {
                TimeIsArrival = r.GetInt64(9) != 0,
            });
    }

    private static void AddFacts(SqliteCommand cmd, StoryFacts facts)
    {
        cmd.Parameters.AddWithValue("$headline", facts.Headline);
        cmd.Parameters.AddWithValue("$first", facts.FirstMs);
        cmd.Parameters.AddWithValue("$updated", facts.LastMs);
        cmd.Parameters.AddWithValue("$reporter", (object?)facts.FirstReporterArticleId ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$languages", string.Join(',', facts.Languages));
    }

    private static SqliteCommand Command(SqliteConnection c, SqliteTransaction? tx, string sql)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }
}

internal sealed record ActiveMember(long StoryId, long? RepostOf, MatchInput Input);

internal sealed record StoryFacts(string Headline, long FirstMs, long LastMs, long? FirstReporterArticleId, IReadOnlyList<string> Languages);
