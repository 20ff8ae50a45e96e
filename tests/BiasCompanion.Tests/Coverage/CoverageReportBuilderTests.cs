using BiasCompanion.Host.Coverage;
using BiasCompanion.Host.Outlets;
using BiasCompanion.Host.Storage;
using BiasCompanion.Host.Stories;
using BiasCompanion.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace BiasCompanion.Tests.Coverage;

/// <summary>The report's counting rules, on a real SQLite store with a hand-built story and outlet table.</summary>
public sealed class CoverageReportBuilderTests : IDisposable
{
    private readonly TempDataDir _dir = new();
    private readonly ArticleStore _articles;
    private readonly OneStory _story = new();
    private readonly TableRegistry _outlets = new();

    public CoverageReportBuilderTests()
    {
        var db = SqliteDatabase.InFolder(_dir.Path);
        db.Initialize();
        _articles = new ArticleStore(db, TimeProvider.System);
    }

    public void Dispose() => _dir.Dispose();

    private CoverageReportBuilder Builder(CoverageOptions? options = null) =>
        new(_story, _articles, _outlets, new DiscoveryBoard(), Options.Create(options ?? new CoverageOptions()));

    private long Add(string domain, BiasLabel? bias, int hour, long? repostOf = null, string country = "US",
        Factuality? factuality = Factuality.High, OwnerType? owner = OwnerType.Corporate, string? city = null)
    {
        _outlets.Add(domain, bias, country, factuality, owner, city);
        var article = _articles.Upsert(new StoredArticle
        {
            Url = $"https://{domain}/story-{_story.Members.Count}",
            CanonicalUrl = $"https://{domain}/story-{_story.Members.Count}",
            OutletDomain = domain,
            Title = $"Headline from {domain}",
            Lead = $"Lead paragraph from {domain}.",
            PublishedAt = new DateTimeOffset(2025, 7, 11, hour, 0, 0, TimeSpan.Zero),
        });
        _story.Members.Add(new StoryMember(article.Id, repostOf));
        return article.Id;
    }

    [Fact]
    public void Distribution_counts_each_outlet_once_and_never_counts_unrated_as_center()
    {
        Add("left.example", BiasLabel.Left, 1);
        Add("left.example", BiasLabel.Left, 2); // a second article of the same outlet
        Add("leanleft.example", BiasLabel.LeanLeft, 3);
        Add("center.example", BiasLabel.Center, 4);
        Add("right.example", BiasLabel.Right, 5);
        Add("unrated.example", null, 6);

        var report = Builder().Build(_story.Id)!;

        Assert.Equal(new BiasCounts { Left = 1, LeanLeft = 1, Center = 1, Right = 1, Unrated = 1 }, report.Counts);
        Assert.Equal(4, report.Distribution.RatedOutlets);
        Assert.Equal(50, report.Distribution.Left);
        Assert.Equal(25, report.Distribution.Center);
        Assert.Equal(25, report.Distribution.Right);
        Assert.Equal(6, report.ArticleCount);
        Assert.Equal(6, report.Articles.Count); // unrated articles are listed, not dropped
        Assert.Null(report.Articles.Single(a => a.Outlet.Domain == "unrated.example").Outlet.Bias);
    }

    [Fact]
    public void Reposts_fold_under_their_original_and_do_not_count_in_the_distribution()
    {
        var wire = Add("wire.example", BiasLabel.Center, 1);
        Add("copy1.example", BiasLabel.Right, 2, repostOf: wire);
        Add("copy2.example", BiasLabel.Right, 3, repostOf: wire);
        Add("left.example", BiasLabel.LeanLeft, 4);

        var report = Builder().Build(_story.Id)!;

        Assert.Equal(2, report.Articles.Count);
        var original = report.Articles.Single(a => a.Id == wire);
        Assert.Equal(["copy1.example", "copy2.example"], original.Reposts.Select(r => r.OutletDomain));
        Assert.Equal(0, report.Counts.Right);
        Assert.Equal(2, report.Distribution.RatedOutlets);
        Assert.Equal(4, report.OutletCount);
    }

    [Fact]
    public void A_side_under_ten_percent_of_six_or_more_rated_outlets_is_a_blindspot()
    {
        for (var i = 0; i < 4; i++) Add($"l{i}.example", BiasLabel.LeanLeft, i);
        Add("c.example", BiasLabel.Center, 5);
        Add("c2.example", BiasLabel.Center, 6);

        Assert.Equal("right", Builder().Build(_story.Id)!.Blindspot);
        Assert.Null(Builder(new CoverageOptions { BlindspotMinRatedOutlets = 7 }).Build(_story.Id)!.Blindspot);
    }

    [Fact]
    public void Too_few_rated_outlets_never_make_a_blindspot()
    {
        Add("l.example", BiasLabel.Left, 1);
        Add("c.example", BiasLabel.Center, 2);
        for (var i = 0; i < 6; i++) Add($"u{i}.example", null, 3 + i);

        Assert.Null(Builder().Build(_story.Id)!.Blindspot);
    }

    [Fact]
    public void First_reporter_country_and_breakdown_shares_come_from_the_outlets()
    {
        var first = Add("cnn.example", BiasLabel.LeanLeft, 1, city: "Atlanta");
        Add("dw.example", BiasLabel.Center, 2, country: "DE", owner: OwnerType.PublicBroadcaster, factuality: Factuality.VeryHigh);
        Add("fox.example", BiasLabel.Right, 3, factuality: Factuality.Mixed);
        _story.FirstReporter = first;

        var report = Builder().Build(_story.Id)!;

        Assert.Equal("cnn.example", report.FirstReporter!.OutletDomain);
        Assert.Equal("Atlanta", report.FirstReporter.City);
        Assert.Equal(new Share("US", 2, 67), report.SourceCountries[0]);
        Assert.Equal(new Share("DE", 1, 33), report.SourceCountries[1]);
        Assert.Contains(new Share("public-broadcaster", 1, 33), report.Ownership);
        Assert.Contains(new Share("very-high", 1, 33), report.Factuality);
        Assert.Equal("lean-left", report.Articles.Single(a => a.Id == first).Outlet.Bias);
    }

    [Fact]
    public void An_unknown_story_has_no_report() => Assert.Null(Builder().Build(999));

    private sealed class OneStory : IStoryReader
    {
        public long Id => 7;
        public List<StoryMember> Members { get; } = [];
        public long? FirstReporter { get; set; }

        public StorySnapshot? Get(long storyId) => storyId == Id
            ? new StorySnapshot(Id, "Headline", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, FirstReporter, Members, ["en"])
            : null;

        public long? StoryOfArticle(long articleId) => Members.Any(m => m.ArticleId == articleId) ? Id : null;
        public IReadOnlyList<StorySnapshot> List(DateTimeOffset since, int limit) => [Get(Id)!];
    }

    private sealed class TableRegistry : IOutletRegistry
    {
        private readonly Dictionary<string, Outlet> _byDomain = new();

        public void Add(string domain, BiasLabel? bias, string country, Factuality? factuality, OwnerType? owner, string? city) =>
            _byDomain.TryAdd(domain, new Outlet
            {
                Id = domain, Name = domain, PrimaryDomain = domain, Country = country, City = city,
                Bias = bias, Factuality = factuality, OwnerType = owner,
            });

        public OutletResolution Resolve(string url)
        {
            var host = new Uri(url).Host;
            return new OutletResolution(_byDomain.GetValueOrDefault(host), host);
        }

        public Outlet? FindById(string id) => _byDomain.GetValueOrDefault(id);
        public IReadOnlyCollection<Outlet> All => _byDomain.Values;
    }
}
