using BiasCompanion.Host.Storage;
using BiasCompanion.Tests.Infrastructure;

namespace BiasCompanion.Tests.Storage;

public class ArticleStoreTests
{
    private static StoredArticle Sample(string canonical = "https://news.example/a") => new()
    {
        Url = canonical + "?utm_source=x",
        CanonicalUrl = canonical,
        OutletDomain = "news.example",
        Title = "Lavrov meets Kim",
        Byline = "A. Writer",
        PublishedAt = new DateTimeOffset(2025, 7, 12, 23, 30, 0, TimeSpan.FromHours(9)),
        Language = "en",
        Body = "First paragraph.\nSecond paragraph.",
    };

    [Fact]
    public void Round_trip_keeps_every_field_and_the_original_offset()
    {
        using var dir = new TempDataDir();
        var db = SqliteDatabase.InFolder(dir.Path);
        db.Initialize();
        var store = new ArticleStore(db, TimeProvider.System);

        var saved = store.Upsert(Sample());
        var loaded = store.FindByCanonicalUrl("https://news.example/a");

        Assert.NotNull(loaded);
        Assert.Equal(saved.Id, loaded.Id);
        Assert.Equal("Lavrov meets Kim", loaded.Title);
        Assert.Equal("A. Writer", loaded.Byline);
        Assert.Equal(TimeSpan.FromHours(9), loaded.PublishedAt!.Value.Offset);
        Assert.Equal(new DateTime(2025, 7, 12), loaded.PublishedAt.Value.Date);
        Assert.Equal("First paragraph.\nSecond paragraph.", loaded.Body);
    }

    [Fact]
    public void Same_canonical_url_twice_updates_and_keeps_first_seen()
    {
        using var dir = new TempDataDir();
        var db = SqliteDatabase.InFolder(dir.Path);
        db.Initialize();
        var clock = new ManualClock(new DateTimeOffset(2025, 7, 12, 0, 0, 0, TimeSpan.Zero));
        var store = new ArticleStore(db, clock);

        var first = store.Upsert(Sample());
        clock.Now = clock.Now.AddHours(2);
        var second = store.Upsert(Sample() with { Title = "Lavrov meets Kim (updated)", Byline = null });

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(1, store.Count());
        Assert.Equal("Lavrov meets Kim (updated)", second.Title);
        Assert.Equal("A. Writer", second.Byline); // a missing value never erases a known one
        Assert.Equal(first.FirstSeenAt, second.FirstSeenAt);
        Assert.True(second.UpdatedAt > first.UpdatedAt);
    }

    [Fact]
    public void Data_survives_reopening_the_file()
    {
        using var dir = new TempDataDir();
        var db = SqliteDatabase.InFolder(dir.Path);
        db.Initialize();
        new ArticleStore(db, TimeProvider.System).Upsert(Sample());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var reopened = SqliteDatabase.InFolder(dir.Path);
        reopened.Initialize();
        Assert.Equal(1, new ArticleStore(reopened, TimeProvider.System).Count());
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
