using System.Text.Json;

namespace BiasCompanion.Host.Outlets.Import;

/// <summary>
/// MBFC-extension-style JSON: an array of <c>{domain, name, url, bias, reporting, credibility, ...}</c>. MBFC's
/// lean words map onto the five labels (left-center → Lean Left, least biased/center → Center, right-center → Lean
/// Right); its questionable/satire/conspiracy-pseudoscience/pro-science categories become flags, not a lean.
/// </summary>
public static class MbfcJsonParser
{
    public static ParsedImport Parse(byte[] utf8)
    {
        var rows = new List<ImportRow>();
        var problems = new List<ImportProblem>();
        var read = 0;
        var lines = new LineCounter(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                problems.Add(new ImportProblem(1, "the file must be a JSON array of sources"));
                return new ParsedImport([], problems, 0);
            }
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var line = lines.LineAt(reader.TokenStartIndex);
                using var element = JsonDocument.ParseValue(ref reader);
                if (++read > ImportLimits.MaxRows)
                {
                    problems.Add(new ImportProblem(line, $"more than {ImportLimits.MaxRows} rows; the rest of the file was not read"));
                    break;
                }
                if (TryRow(element.RootElement, line, out var row, out var problem)) rows.Add(row);
                else problems.Add(new ImportProblem(line, problem));
            }
        }
        catch (JsonException e)
        {
            problems.Add(new ImportProblem((int)(e.LineNumber ?? 0) + 1, "not valid JSON from here on: " + e.Message.Split('.')[0]));
        }
        return new ParsedImport(rows, problems, read);
    }

    private static bool TryRow(JsonElement source, int line, out ImportRow row, out string problem)
    {
        row = null!;
        problem = "";
        if (source.ValueKind != JsonValueKind.Object) { problem = "an entry is not an object"; return false; }
        var domain = Text(source, "domain");
        var url = Text(source, "url");
        var name = Text(source, "name");
        var site = domain ?? url;
        if (site is null) { problem = "neither domain nor url is given"; return false; }
        if (site.Length >= ImportLimits.MaxFieldLength || (name?.Length ?? 0) > ImportLimits.MaxNameLength) { problem = "a field is too long"; return false; }

        BiasLabel? bias = null;
        var flags = new List<string>();
        var biasText = Text(source, "bias");
        if (biasText is not null)
        {
            if (RatingVocabulary.TryParseBias(biasText, out var label)) bias = label;
            else if (RatingVocabulary.TryParseFlag(biasText, out var flag)) flags.Add(flag);
            else { problem = $"bias '{AllSidesCsvParser.Clip(biasText)}' is neither a lean nor an MBFC category"; return false; }
        }
        Factuality? factuality = null;
        var reporting = Text(source, "reporting") ?? Text(source, "factual_reporting") ?? Text(source, "factual");
        if (reporting is not null)
        {
            if (RatingVocabulary.TryParseFactuality(reporting, out var value)) factuality = value;
            else { problem = $"reporting '{AllSidesCsvParser.Clip(reporting)}' is not a factuality level"; return false; }
        }
        foreach (var key in new[] { "questionable", "satire", "conspiracy" })
            if (source.TryGetProperty(key, out var marker) && marker.ValueKind == JsonValueKind.True && !flags.Contains(key)) flags.Add(key);
        if (bias is null && factuality is null && flags.Count == 0) { problem = "the entry carries no bias, reporting or category"; return false; }

        row = new ImportRow { Line = line, Name = name, Site = site, Bias = bias, Factuality = factuality, Flags = flags };
        return true;
    }

    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s.Trim() : null;

    /// <summary>Line numbers for increasing byte offsets, counted once over the file.</summary>
    private sealed class LineCounter(byte[] utf8)
    {
        private int _offset;
        private int _line = 1;

        public int LineAt(long offset)
        {
            var end = (int)Math.Min(offset, utf8.Length);
            for (; _offset < end; _offset++) if (utf8[_offset] == (byte)'\n') _line++;
            return _line;
        }
    }
}
