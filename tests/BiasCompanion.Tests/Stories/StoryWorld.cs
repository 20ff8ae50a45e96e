using BiasCompanion.Host.Storage;
using BiasCompanion.Host.Stories;
using BiasCompanion.Host.Stories.Matching;
using BiasCompanion.Tests.Infrastructure;

namespace BiasCompanion.Tests.Stories;

/// <summary>A real SQLite store in a temp folder, an article store and a matcher over it (re-creatable as after a restart).</summary>
internal sealed class StoryWorld : IDisposable
{
    private readonly TempDataDir _dir = new();
    private readonly MatchSettings _settings;
    private readonly MatchModel _model;
    private int _next;

    /// <param name="settings">Another configuration, to show what a rule changes (the product has one).</param>
    /// <param name="model">Another decision model, likewise.</param>
    public StoryWorld(MatchSettings? settings = null, MatchModel? model = null)
    {
        _settings = settings ?? MatchSettings.Default;
        _model = model ?? MatchModel.Default;
        Database = SqliteDatabase.InFolder(_dir.Path);
        Database.Initialize();
        Articles = new ArticleStore(Database, TimeProvider.System);
        Matcher = new StoryMatcher(Database, TimeProvider.System, _settings, _model);
        Reader = new StoryReader(Database);
        // Unrelated coverage first, so word weights look like those of a real corpus and not of three articles.
        foreach (var (title, body) in Background.Articles)
            Add("background.example", title, body, new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero).AddHours(_next));
    }

    public SqliteDatabase Database { get; }
    public ArticleStore Articles { get; }
    public StoryMatcher Matcher { get; private set; }
    public StoryReader Reader { get; }

    public (StoredArticle Article, MatchResult Result) Add(string outlet, string title, string body, DateTimeOffset? published, string language = "en")
    {
        var n = ++_next;
        var stored = Articles.Upsert(new StoredArticle
        {
            Url = $"https://{outlet}/news/{n}",
            CanonicalUrl = $"https://{outlet}/news/{n}",
            OutletDomain = outlet,
            Title = title,
            Body = body,
            Language = language,
            PublishedAt = published,
        });
        return (stored, Matcher.Match(MatchInputs.FromStored(stored)));
    }

    /// <summary>Drops the in-memory matcher and builds a new one from the same SQLite file.</summary>
    public void Restart()
    {
        Matcher.Dispose();
        Matcher = new StoryMatcher(Database, TimeProvider.System, _settings, _model);
    }

    public void Dispose()
    {
        Matcher.Dispose();
        _dir.Dispose();
    }
}
