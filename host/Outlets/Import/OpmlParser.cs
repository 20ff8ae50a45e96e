using System.Xml;

namespace BiasCompanion.Host.Outlets.Import;

/// <summary>OPML feed lists: every <c>&lt;outline xmlUrl="…"&gt;</c> is a feed, its <c>htmlUrl</c> (else the feed's host) the site.</summary>
public static class OpmlParser
{
    public static ParsedImport Parse(Stream stream)
    {
        var rows = new List<ImportRow>();
        var problems = new List<ImportProblem>();
        var read = 0;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = ImportLimits.MaxBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var xml = XmlReader.Create(stream, settings);
            var lineInfo = (IXmlLineInfo)xml;
            var sawOpml = false;
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element) continue;
                if (xml.LocalName.Equals("opml", StringComparison.OrdinalIgnoreCase)) sawOpml = true;
                if (!xml.LocalName.Equals("outline", StringComparison.OrdinalIgnoreCase)) continue;
                var feed = xml.GetAttribute("xmlUrl")?.Trim();
                if (feed is null) continue; // a folder
                var line = lineInfo.LineNumber;
                if (++read > ImportLimits.MaxRows)
                {
                    problems.Add(new ImportProblem(line, $"more than {ImportLimits.MaxRows} feeds; the rest of the file was not read"));
                    break;
                }
                var site = xml.GetAttribute("htmlUrl")?.Trim();
                var name = (xml.GetAttribute("title") ?? xml.GetAttribute("text"))?.Trim();
                if (!IsHttpUrl(feed)) { problems.Add(new ImportProblem(line, $"xmlUrl '{AllSidesCsvParser.Clip(feed)}' is not an http(s) url")); continue; }
                if (site is { Length: > 0 } && !IsHttpUrl(site)) { problems.Add(new ImportProblem(line, $"htmlUrl '{AllSidesCsvParser.Clip(site)}' is not an http(s) url")); continue; }
                if (name is { Length: > ImportLimits.MaxNameLength }) name = name[..ImportLimits.MaxNameLength];
                rows.Add(new ImportRow { Line = line, Name = name, Site = site is { Length: > 0 } ? site : feed, FeedUrl = feed });
            }
            if (!sawOpml) problems.Add(new ImportProblem(1, "the file is not OPML (no <opml> element)"));
        }
        catch (XmlException e)
        {
            problems.Add(new ImportProblem(e.LineNumber, "not well-formed XML from here on: " + e.Message.Split('.')[0]));
        }
        return new ParsedImport(rows, problems, read);
    }

    private static bool IsHttpUrl(string text) =>
        text.Length < ImportLimits.MaxFieldLength &&
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
