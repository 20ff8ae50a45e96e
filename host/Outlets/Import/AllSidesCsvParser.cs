namespace BiasCompanion.Host.Outlets.Import;

/// <summary>
/// AllSides-style CSV: a header naming at least <c>news_source</c> and <c>bias_rating</c>; the site comes from a
/// <c>url</c>/<c>website</c>/<c>domain</c> column, or <c>news_link</c> when that is not an allsides.com page.
/// </summary>
public static class AllSidesCsvParser
{
    private static readonly string[] SiteColumns = ["url", "website", "domain", "site", "news_link"];

    public static ParsedImport Parse(TextReader reader)
    {
        var rows = new List<ImportRow>();
        var problems = new List<ImportProblem>();
        var read = 0;
        Dictionary<string, int>? header = null;
        foreach (var (line, fields) in CsvRecords.Read(reader))
        {
            if (header is null)
            {
                header = fields.Select((name, i) => (name: name.Trim().TrimStart('\uFEFF').ToLowerInvariant(), i))
                    .GroupBy(x => x.name).ToDictionary(g => g.Key, g => g.First().i);
                // Some AllSides exports call the lean column "rating".
                if (!header.ContainsKey("bias_rating") && header.TryGetValue("rating", out var ratingColumn)) header["bias_rating"] = ratingColumn;
                if (!header.ContainsKey("news_source") || !header.ContainsKey("bias_rating"))
                {
                    problems.Add(new ImportProblem(line, "the header must name the columns news_source and bias_rating"));
                    return new ParsedImport([], problems, 0);
                }
                continue;
            }
            if (++read > ImportLimits.MaxRows)
            {
                problems.Add(new ImportProblem(line, $"more than {ImportLimits.MaxRows} rows; the rest of the file was not read"));
                break;
            }
            string Field(string column) => header.TryGetValue(column, out var i) && i < fields.Count ? fields[i].Trim() : "";

            var name = string.Join(' ', Field("news_source").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var rating = Field("bias_rating");
            if (name.Length == 0) { problems.Add(new ImportProblem(line, "news_source is empty")); continue; }
            if (name.Length > ImportLimits.MaxNameLength) { problems.Add(new ImportProblem(line, "news_source is too long")); continue; }
            if (!RatingVocabulary.TryParseBias(rating, out var bias))
            {
                problems.Add(new ImportProblem(line, $"bias_rating '{Clip(rating)}' is not one of Left, Lean Left, Center, Lean Right, Right"));
                continue;
            }
            string? site = null;
            foreach (var column in SiteColumns)
            {
                var value = Field(column);
                if (value.Length == 0 || value.Length >= ImportLimits.MaxFieldLength) continue;
                if (value.Contains("allsides.com", StringComparison.OrdinalIgnoreCase)) continue;
                site = value;
                break;
            }
            rows.Add(new ImportRow { Line = line, Name = name, Site = site, Bias = bias });
        }
        return new ParsedImport(rows, problems, read);
    }

    internal static string Clip(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
