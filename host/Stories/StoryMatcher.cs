using BiasCompanion.Host.Storage;
using BiasCompanion.Host.Stories.Matching;
using BiasCompanion.Host.Stories.Persistence;
using BiasCompanion.Host.Stories.Text;

namespace BiasCompanion.Host.Stories;

/// <summary>
/// Online story matching: each article is scored against the stories active around its time (found through an
/// inverted index) and joins the best one the decision model accepts, starts a new one, or bridges several into
/// one. SQLite holds the truth; memory holds the active window and is rebuilt from SQLite at construction.
/// </summary>
public sealed class StoryMatcher : IStoryMatcher, IDisposable
{
    private const int StatsFlushEvery = 512;
    private const int RepostCandidates = 6;
    private const int RepostMembersScanned = 64;

    private readonly object _gate = new();
    private readonly StoryRepository _repository;
    // One connection for the matcher's lifetime (used under the lock): saves a pool round-trip and pragmas per article.
    private Microsoft.Data.Sqlite.SqliteConnection? _connection;
    private readonly TimeProvider _clock;
    private readonly MatchSettings _settings;
    private readonly MatchModel _model;
    private readonly CorpusStats _stats = new();
    private readonly StoryIndex _index;
    private int _unsavedDocuments;

    public StoryMatcher(SqliteDatabase database, TimeProvider clock)
        : this(database, clock, MatchSettings.Default, MatchModel.Default) { }

    internal StoryMatcher(SqliteDatabase database, TimeProvider clock, MatchSettings settings, MatchModel model)
    {
        _repository = new StoryRepository(database);
        _clock = clock;
        _settings = settings;
        _model = model;
        _index = new StoryIndex(settings);
        Restore();
    }

    /// <summary>Sees every candidate scored (article, story, features, probability): the clustering eval's feature dump.</summary>
    internal Action<long, long, double[], double>? Observer { get; set; }

    /// <summary>Training-data dumps only: names the story an article must join (gold), so features are logged on clean stories.</summary>
    internal Func<long, long?>? Teacher { get; set; }

    internal int ActiveStories { get { lock (_gate) return _index.Count; } }

    public MatchResult Match(MatchInput article)
    {
        ArgumentNullException.ThrowIfNull(article);
        lock (_gate)
        {
            var connection = Connection();
            if (StoryRepository.StoryOfArticle(connection, article.ArticleId) is { } known)
                return new MatchResult(StoryRepository.Resolve(connection, known), false,
                    StoryRepository.RepostOf(connection, article.ArticleId), []);

            var profile = ProfileBuilder.Build(article, _stats);
            var candidates = _index.Candidates(profile, _stats);
            var (repostStory, repostOf) = FindOriginal(profile, candidates);

            StoryState? best = repostStory;
            double bestP = repostStory is null ? 0 : 1;
            var bridged = new List<StoryState>();
            var scored = new List<(StoryState Story, double P, bool Guarded)>(candidates.Count);
            foreach (var story in candidates)
            {
                var features = PairFeatures.Compute(profile, story, _stats, _settings);
                var p = _model.Probability(features);
                Observer?.Invoke(article.ArticleId, story.Id, features, p);
                scored.Add((story, p, BurstGuardRefuses(profile, story, features)));
                if (repostStory is null && p >= _settings.JoinProbability && p > bestP && !BurstGuardRefuses(profile, story, features)) { best = story; bestP = p; }
            }
            if (Teacher is not null)
            {
                best = Teacher(article.ArticleId) is { } forced ? _index.Find(forced) : null;
                repostOf = null;
            }
            else if (best is not null)
                bridged.AddRange(scored.Where(s => s.Story != best && s.P >= _settings.MergeProbability && !s.Guarded).Select(s => s.Story));

            var result = Commit(connection, profile, best, bridged, repostOf);
            _stats.AddDocument(profile.DistinctTerms);
            if (++_unsavedDocuments >= StatsFlushEvery) FlushStats(connection);
            return result;
        }
    }

    /// <summary>
    /// Undated articles all carry their arrival time, so a burst of them (a feed backlog, an import) shares one instant
    /// and time cannot keep apart the many stories on one topic: link by link they would chain into one giant story
    /// whose centroid then attracts everything on the topic. So when time is blind, a story past a few members takes
    /// only articles that carry its own key terms (<c>keyShare</c>: its names and words that occur mostly in it).
    /// </summary>
    private bool BurstGuardRefuses(ArticleProfile article, StoryState story, double[] features) =>
        article.TimeIsArrival && story.ArrivalTimed * 2 >= story.Members.Count
        && story.Members.Count >= _settings.BurstGuardMembers && features[KeyShareIndex] < _settings.BurstGuardKeyShare;

    private static readonly int KeyShareIndex = Array.IndexOf(PairFeatures.Names, "keyShare");

    /// <summary>The earliest near-copy of the article's body among the candidates' members, and its story.</summary>
    private (StoryState? Story, ArticleProfile? Original) FindOriginal(ArticleProfile profile, List<StoryState> candidates)
    {
        if (profile.BodySignature is null) return (null, null);
        StoryState? story = null;
        ArticleProfile? original = null;
        // Copies share their text, so they rank among the first candidates; bounded scan of each one's latest members.
        foreach (var candidate in candidates.Take(RepostCandidates))
        {
            var members = candidate.Members;
            for (var i = Math.Max(0, members.Count - RepostMembersScanned); i < members.Count; i++)
            {
                var member = members[i];
                if (member.BodySignature is null || MinHash.Similarity(profile.BodySignature, member.BodySignature) < _settings.RepostSimilarity) continue;
                var root = member.RepostOf is { } rootId ? candidate.Members.FirstOrDefault(m => m.ArticleId == rootId) ?? member : member;
                if (original is null || root.TimeMs < original.TimeMs || (root.TimeMs == original.TimeMs && root.ArticleId < original.ArticleId))
                {
                    original = root;
                    story = candidate;
                }
            }
        }
        return (story, original);
    }

    private MatchResult Commit(Microsoft.Data.Sqlite.SqliteConnection connection, ArticleProfile profile, StoryState? best,
        List<StoryState> bridged, ArticleProfile? original)
    {
        var now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        // The new article is itself the earliest copy when it predates the one we hold (late discovery).
        var newIsOriginal = original is not null && profile.TimeMs < original.TimeMs;
        profile.RepostOf = original is null || newIsOriginal ? null : original.ArticleId;

        // Survivor of a merge: the oldest story, so long-lived ids stay stable.
        var all = best is null ? [] : bridged.Prepend(best).OrderBy(s => s.Id).ToList();
        var target = all.FirstOrDefault();
        var merged = all.Skip(1).ToList();
        var isNew = target is null;
        try
        {
            using var tx = connection.BeginTransaction();
            if (target is null)
            {
                var fresh = new StoryState(0);
                fresh.Add(profile);
                target = new StoryState(StoryRepository.InsertStory(connection, tx, StoryFactsBuilder.From(fresh, _stats), now));
                _index.Add(target);
            }
            foreach (var other in merged)
            {
                StoryRepository.Merge(connection, tx, other.Id, target.Id);
                _index.Remove(other);
                _index.Remove(target);
                foreach (var member in other.Members) target.Add(member);
                _index.Add(target);
            }
            StoryRepository.InsertMember(connection, tx, profile.ArticleId, target.Id, profile.RepostOf, profile.TimeMs, now);
            if (newIsOriginal)
            {
                StoryRepository.Reparent(connection, tx, original!.ArticleId, profile.ArticleId);
                foreach (var m in target.Members.Where(m => m.ArticleId == original.ArticleId || m.RepostOf == original.ArticleId))
                    m.RepostOf = profile.ArticleId;
            }
            _index.AddMember(target, profile);
            StoryRepository.UpdateFacts(connection, tx, target.Id, StoryFactsBuilder.From(target, _stats));
            tx.Commit();
        }
        catch
        {
            // Memory was changed ahead of the commit; SQLite is the truth, so the window is rebuilt from it.
            _index.Clear();
            Restore();
            throw;
        }
        return new MatchResult(target.Id, isNew, profile.RepostOf, [.. merged.Select(m => m.Id)]);
    }

    private void FlushStats(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        var (documents, terms) = _stats.TakeUnsaved();
        using var tx = connection.BeginTransaction();
        StoryRepository.SaveTermStats(connection, tx, documents, terms);
        tx.Commit();
        _unsavedDocuments = 0;
    }

    /// <summary>Writes the pending term statistics (they are otherwise flushed every few hundred articles).</summary>
    public void Flush()
    {
        lock (_gate)
        {
            FlushStats(Connection());
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_connection is null) return;
            FlushStats(_connection);
            _connection.Dispose();
            _connection = null;
        }
    }

    private Microsoft.Data.Sqlite.SqliteConnection Connection() => _connection ??= _repository.Open();

    private void Restore()
    {
        using var connection = _repository.Open();
        if (_stats.Documents == 0)
        {
            var (documents, terms) = StoryRepository.LoadTermStats(connection);
            _stats.Load(documents, terms);
        }
        if (StoryRepository.LatestMemberTime(connection) is not { } latest) return;

        var since = latest - (long)(_settings.RetentionDays * 86_400_000.0);
        StoryState? story = null;
        foreach (var member in StoryRepository.ActiveMembers(connection, since))
        {
            if (story is null || story.Id != member.StoryId)
            {
                if (story is not null) _index.Add(story);
                story = new StoryState(member.StoryId);
            }
            var profile = ProfileBuilder.Build(member.Input, _stats);
            profile.RepostOf = member.RepostOf;
            story.Add(profile);
        }
        if (story is not null) _index.Add(story);
        _index.EvictOld();
    }
}
