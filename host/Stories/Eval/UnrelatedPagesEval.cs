using System.Globalization;
using System.Text.Json;
using BiasCompanion.Host.Extraction;
using BiasCompanion.Host.Extraction.Eval;

namespace BiasCompanion.Host.Stories.Eval;

/// <summary>
/// <c>eval unrelated --data DIR [--limit N] [--json]</c>: the article pages of an extraction dev folder (wcxb-dev:
/// evergreen pages from 711 sites, no two the same story) are extracted and streamed through the matcher as one feed,
/// each page its own gold story. Every page that joins another's story is a false join: the check the clustering sets
/// cannot make, since each of them holds only articles that belong with others. The feed is built at run time from
/// <c>../shared/data</c> and never stored.
/// </summary>
public static class UnrelatedPagesEval
{
    public const string Usage = "usage: eval unrelated --data DIR [--limit N] [--json]";

    public static Task<int> RunAsync(string[] args) => Task.FromResult(Run(args, Console.Out, Console.Error));

    public static int Run(string[] args, TextWriter output, TextWriter progress)
    {
        var options = EvalJsonl.Options(args);
        if (options.GetValueOrDefault("data") is not { } dir || !File.Exists(Path.Combine(dir, "ground-truth.json")))
        {
            progress.WriteLine(Usage);
            return 2;
        }
        var pages = GoldPage.Load(dir).Where(p => p.IsArticle == true).ToList();
        if (options.GetValueOrDefault("limit") is { } limitText && int.TryParse(limitText, out var limit) && limit > 0) pages = pages.Take(limit).ToList();

        var feed = Path.Combine(Path.GetTempPath(), $"biascompanion-unrelated-{Guid.NewGuid():N}.jsonl");
        try
        {
            var extractor = new ArticleExtractor();
            using (var writer = new StreamWriter(feed))
            {
                for (var i = 0; i < pages.Count; i++)
                {
                    var page = pages[i];
                    var url = page.Url ?? $"https://unrelated.invalid/{page.Id}";
                    var a = extractor.Extract(url, page.ReadHtml(dir) ?? []);
                    var source = Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.Host : null;
                    writer.WriteLine(JsonSerializer.Serialize(new ClusteringRow(page.Id, a.Language ?? "en", a.Title ?? "", a.Body,
                        a.PublishedAt?.ToString("o", CultureInfo.InvariantCulture), source, url, Cluster: page.Id)));
                    if ((i + 1) % 100 == 0) progress.WriteLine($"[eval unrelated] extracted {i + 1}/{pages.Count} pages");
                }
            }
            var clustering = new StringWriter();
            var code = ClusteringEval.Run(["--data", feed, "--json"], clustering, progress);
            if (code != 0) return code;
            using var scores = JsonDocument.Parse(clustering.ToString().TrimEnd().Split('\n')[^1]);
            var stories = scores.RootElement.GetProperty("clusters").GetProperty("predicted").GetInt32();
            var falseJoins = pages.Count - stories;
            output.WriteLine($"{Path.GetFileName(Path.TrimEndingDirectorySeparator(dir))}: {pages.Count} unrelated article pages as one feed formed {stories} stories: {falseJoins} false joins ({100.0 * falseJoins / Math.Max(1, pages.Count):F1} %)");
            if (options.ContainsKey("json"))
                output.WriteLine(JsonSerializer.Serialize(new { pages = pages.Count, stories, falseJoins }));
            return 0;
        }
        finally
        {
            File.Delete(feed);
        }
    }
}
