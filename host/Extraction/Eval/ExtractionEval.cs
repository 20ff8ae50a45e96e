using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using SmartReader;

namespace BiasCompanion.Host.Extraction.Eval;

/// <summary><c>eval extraction</c>: runs the extractor (or plain SmartReader with --baseline) over a dev set and scores it.</summary>
public static class ExtractionEval
{
    /// <summary>Readability's own test harness uses this base URI for its pages, which have no URL.</summary>
    private const string FallbackUrl = "http://fakehost/test/page.html";
    private const int ProgressEvery = 100;
    private const int EvalTimeLimitMs = 60_000;

    public static Task<int> RunAsync(string[] args)
    {
        var options = ExtractionEvalOptions.Parse(args, out var error);
        if (options is null)
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(ExtractionEvalOptions.Usage);
            return Task.FromResult(2);
        }
        var report = Run(options, Console.Error);
        Console.WriteLine(report.ToTable(options));
        if (options.Json) Console.WriteLine(report.ToJson());
        return Task.FromResult(0);
    }

    public static ExtractionEvalReport Run(ExtractionEvalOptions options, TextWriter progress)
    {
        var pages = GoldPage.Load(options.DataDir);
        if (options.ArticlesOnly) pages = pages.Where(p => p.IsArticle == true).ToList();
        if (options.Limit is { } limit) pages = pages.Take(limit).ToList();

        // Quality is measured here, not robustness under load: a generous time limit keeps a busy machine from
        // turning slow pages into failures (the host's default stays in ExtractionOptions).
        var extractor = new ArticleExtractor(new ExtractionOptions { TimeLimitMilliseconds = EvalTimeLimitMs });
        var scorer = new ExtractionScorer();
        var outputs = new Dictionary<string, EvalPrediction>(StringComparer.Ordinal);
        if (!options.Cold) WarmUpFirst(options, extractor, progress);
        var clock = Stopwatch.StartNew();
        var predictions = new EvalPrediction[pages.Count];
        var fastest = new double[pages.Count];
        var fastestParse = new double[pages.Count];
        Array.Fill(fastest, double.MaxValue);
        Array.Fill(fastestParse, double.MaxValue);
        var fastestBaseline = options.VersusBaseline ? new double[pages.Count] : null;
        if (fastestBaseline is not null) Array.Fill(fastestBaseline, double.MaxValue);
        // Round by round over the whole set, not page by page, so no page is timed with its own run just before it in cache.
        for (var round = 0; round < options.Rounds; round++)
            for (var i = 0; i < pages.Count; i++)
            {
                var page = pages[i];
                var bytes = page.ReadHtml(options.DataDir) ?? [];
                var url = page.Url ?? FallbackUrl;
                fastestParse[i] = Math.Min(fastestParse[i], TimeBareParse(bytes));
                var started = Stopwatch.GetTimestamp();
                var prediction = RunUnderTest(options, extractor, url, bytes);
                fastest[i] = Math.Min(fastest[i], Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (round == 0) predictions[i] = prediction;
                if (fastestBaseline is not null)
                {
                    started = Stopwatch.GetTimestamp();
                    RunBaseline(url, bytes);
                    fastestBaseline[i] = Math.Min(fastestBaseline[i], Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                var done = round * pages.Count + i + 1;
                if (done % ProgressEvery == 0)
                    progress.WriteLine($"[eval extraction] {done}/{pages.Count * options.Rounds} pages{(options.Rounds > 1 ? $" (round {round + 1} of {options.Rounds})" : "")}, {clock.Elapsed.TotalSeconds:F1} s");
            }
        for (var i = 0; i < pages.Count; i++)
        {
            scorer.Add(pages[i], predictions[i], fastest[i], fastestParse[i]);
            outputs[pages[i].Id] = predictions[i];
        }
        if (options.OutFile is not null) WriteOutputs(options.OutFile, outputs);
        var report = scorer.Report();
        return fastestBaseline is null ? report : report with { Versus = SpeedVersus.Of(fastest, fastestBaseline) };
    }

    /// <summary>
    /// Speed is compared warm: the code under test (ours or plain SmartReader) first runs over the host's generated
    /// start-up pages as many rounds as the host does, so the median is not set by first-tier JIT code. <c>--cold</c> skips it.
    /// </summary>
    private static void WarmUpFirst(ExtractionEvalOptions options, ArticleExtractor extractor, TextWriter progress)
    {
        var clock = Stopwatch.StartNew();
        var pages = BiasCompanion.Host.Extraction.WarmUp.WarmUpPages.All().Select(p => (p.Url, Bytes: System.Text.Encoding.UTF8.GetBytes(p.Html))).ToList();
        var rounds = ExtractionOptions.RecommendedWarmUpRounds;
        for (var round = 0; round < rounds; round++)
            foreach (var (url, bytes) in pages)
            {
                TimeBareParse(bytes);
                RunUnderTest(options, extractor, url, bytes);
                if (options.VersusBaseline) RunBaseline(url, bytes);
            }
        progress.WriteLine($"[eval extraction] warmed up on {rounds * pages.Count} generated pages in {clock.Elapsed.TotalSeconds:F1} s (--cold skips this)");
    }

    /// <summary>The code the eval measures: plain SmartReader with --baseline, else our extractor.</summary>
    private static EvalPrediction RunUnderTest(ExtractionEvalOptions options, ArticleExtractor extractor, string url, byte[] bytes) =>
        options.Baseline ? RunBaseline(url, bytes) : RunExtractor(extractor, url, bytes);

    private static EvalPrediction RunExtractor(ArticleExtractor extractor, string url, byte[] bytes)
    {
        var a = extractor.Extract(url, bytes);
        return new EvalPrediction(a.Title, a.Byline, a.PublishedAt, a.Body, a.IsArticle, a.Error);
    }

    /// <summary>Plain SmartReader, as a user of the library would call it: the page text and its URL.</summary>
    private static EvalPrediction RunBaseline(string url, byte[] bytes)
    {
        try
        {
            using var reader = new Reader(url, PageDecoder.Decode(bytes));
            var article = reader.GetArticle();
            var error = article.Completed ? null : string.Join("; ", article.Errors.Select(e => e.Message));
            return new EvalPrediction(article.Title, article.Byline ?? article.Author, article.PublicationDate, article.TextContent ?? "",
                article.IsReadable, string.IsNullOrEmpty(error) ? (article.Completed ? null : "no article") : error);
        }
        catch (Exception ex)
        {
            return new EvalPrediction(null, null, null, "", false, ex.GetType().Name);
        }
    }

    private static double TimeBareParse(byte[] bytes)
    {
        var html = PageDecoder.Decode(bytes);
        var started = Stopwatch.GetTimestamp();
        new HtmlParser().ParseDocument(html).Dispose();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static void WriteOutputs(string file, Dictionary<string, EvalPrediction> outputs)
    {
        using var stream = File.Create(file);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        foreach (var (id, p) in outputs)
        {
            json.WriteStartObject(id);
            json.WriteString("title", p.Title);
            json.WriteString("byline", p.Byline);
            json.WriteString("published", p.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            json.WriteString("body", p.Body);
            json.WriteBoolean("isArticle", p.IsArticle);
            json.WriteString("error", p.Error);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }
}
