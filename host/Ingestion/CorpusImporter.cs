using System.Text;
using BiasCompanion.Host.Coverage;
using BiasCompanion.Host.Outlets;
using BiasCompanion.Host.Storage;

namespace BiasCompanion.Host.Ingestion;

/// <summary>Imports a JSONL corpus line by line through the same intake as lookups and feeds.</summary>
public sealed class CorpusImporter(ArticleIntake intake, IOutletRegistry outlets)
{
    public const int MaxLineChars = 4 * 1024 * 1024;
    private const int LeadParagraphs = 2;

    public sealed record Rejection(long Line, string Reason);

    public sealed class Summary
    {
        public long Lines { get; set; }
        public long Added { get; set; }
        public long Duplicates { get; set; }
        public List<Rejection> Rejected { get; } = [];
    }

    public async Task<Summary> ImportAsync(TextReader reader, string corpusName, IProgress<Summary>? progress = null,
        CancellationToken cancellation = default)
    {
        var summary = new Summary();
        var buffer = new StringBuilder();
        while (ReadBoundedLine(reader, buffer) is { } state)
        {
            summary.Lines++;
            if (state == LineState.TooLong)
                summary.Rejected.Add(new Rejection(summary.Lines, $"line longer than {MaxLineChars} characters"));
            else if (buffer.Length > 0 && !string.IsNullOrWhiteSpace(buffer.ToString()))
                await ImportLineAsync(buffer.ToString(), corpusName, summary, cancellation);
            if (summary.Lines % 100 == 0) progress?.Report(summary);
        }
        progress?.Report(summary);
        return summary;
    }

    private async Task ImportLineAsync(string line, string corpusName, Summary summary, CancellationToken cancellation)
    {
        if (CorpusLine.TryParse(line, out var error) is not { } item)
        {
            summary.Rejected.Add(new Rejection(summary.Lines, error!));
            return;
        }
        var url = CanonicalUrls.TryParseWebUrl(item.Url);
        if (item.Url is { Length: > 0 } && url is null)
        {
            summary.Rejected.Add(new Rejection(summary.Lines, "'url' is not an absolute http(s) URL"));
            return;
        }
        var resolution = url is null ? null : outlets.Resolve(url.AbsoluteUri);
        var domain = resolution?.DomainOr(url!.Host) ?? Slug(item.Source) ?? Slug(corpusName) ?? "unknown";
        // Articles without an address get a stable one in the reserved .invalid domain, so re-imports stay idempotent.
        var address = url?.AbsoluteUri ?? $"https://{Slug(corpusName) ?? "corpus"}.invalid/{Uri.EscapeDataString(item.Id!)}";
        var text = item.Text ?? "";
        var article = new StoredArticle
        {
            Url = address,
            CanonicalUrl = url is null ? address : CanonicalUrls.Normalize(url),
            OutletDomain = domain,
            Title = string.IsNullOrWhiteSpace(item.Title) ? null : item.Title.Trim(),
            PublishedAt = CorpusLine.ParseDate(item.Date),
            Language = item.Lang,
            SiteName = item.Source,
            Lead = string.Join('\n', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(LeadParagraphs)),
            Body = text,
        };
        var result = await intake.AddAsync(article, resolution?.Outlet?.Id ?? domain, cancellation);
        if (result.WasNew) summary.Added++;
        else summary.Duplicates++;
    }

    private static string? Slug(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var slug = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        return slug.Length == 0 ? null : slug[..Math.Min(slug.Length, 60)];
    }

    private enum LineState { Ok, TooLong }

    /// <summary>Reads one line into <paramref name="buffer"/> without ever holding more than the limit; null at the end.</summary>
    private static LineState? ReadBoundedLine(TextReader reader, StringBuilder buffer)
    {
        buffer.Clear();
        var tooLong = false;
        var any = false;
        while (true)
        {
            var next = reader.Read();
            if (next < 0) return any ? (tooLong ? LineState.TooLong : LineState.Ok) : null;
            any = true;
            var c = (char)next;
            if (c == '\n') return tooLong ? LineState.TooLong : LineState.Ok;
            if (c == '\r') continue;
            if (buffer.Length >= MaxLineChars) { tooLong = true; buffer.Clear(); }
            if (!tooLong) buffer.Append(c);
        }
    }
}
