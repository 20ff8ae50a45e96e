namespace BiasCompanion.Host.Stories.Matching;

/// <summary>Term ids and document frequencies over every article the matcher has seen (IDF weights). Not thread-safe.</summary>
internal sealed class CorpusStats
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly List<int> _df = [];
    // ln(df + 1) per term and ln(N + 2), kept current so an IDF lookup costs no logarithm.
    private readonly List<double> _logDf = [];
    private double _logDocuments = Math.Log(2);
    private readonly Dictionary<int, int> _unsaved = [];

    public long Documents { get; private set; }

    public int IdOf(string term)
    {
        if (_ids.TryGetValue(term, out var id)) return id;
        id = _terms.Count;
        _ids[term] = id;
        _terms.Add(term);
        _df.Add(0);
        _logDf.Add(0);
        return id;
    }

    public string TermOf(int id) => _terms[id];

    public int DocumentFrequency(int id) => id < _df.Count ? _df[id] : 0;

    /// <summary>Smoothed inverse document frequency; unseen terms weigh the most.</summary>
    public double Idf(int id) => _logDocuments - (id < _logDf.Count ? _logDf[id] : 0) + 0.5;

    public void AddDocument(IEnumerable<int> distinctTerms)
    {
        Documents++;
        _logDocuments = Math.Log(Documents + 2.0);
        foreach (var id in distinctTerms)
        {
            _df[id]++;
            _logDf[id] = Math.Log(_df[id] + 1.0);
            _unsaved[id] = _unsaved.GetValueOrDefault(id) + 1;
        }
        _unsavedDocuments++;
    }

    private long _unsavedDocuments;

    /// <summary>Counts added since the last call (the store flushes them in batches: statistics, not facts).</summary>
    public (long Documents, List<(string Term, int Df)> Terms) TakeUnsaved()
    {
        var terms = _unsaved.Select(kv => (_terms[kv.Key], kv.Value)).ToList();
        var docs = _unsavedDocuments;
        _unsaved.Clear();
        _unsavedDocuments = 0;
        return (docs, terms);
    }

    public void Load(long documents, IEnumerable<(string Term, int Df)> terms)
    {
        Documents = documents;
        _logDocuments = Math.Log(Documents + 2.0);
        foreach (var (term, df) in terms)
        {
            var id = IdOf(term);
            _df[id] = df;
            _logDf[id] = Math.Log(df + 1.0);
        }
    }
}
