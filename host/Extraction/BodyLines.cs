using System.Text.RegularExpressions;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// Clean-up of the body text, one block per line, after the blocks are chosen: image captions that end with a photo
/// credit and links to further reading between paragraphs go, text a page prints twice (a layout for each screen size) is kept once, and the body ends at a heading that opens the page's furniture after an article
/// (related posts, "more from", sources, tags, next/previous post). Both work on the lines alone: no second pass over
/// the document.
/// </summary>
public static partial class BodyLines
{
    /// <summary>
    /// A repeated run counts only with this many different lines and words: pages repeat short lines, single paragraphs
    /// (Readability's test pages repeat one paragraph five times) and code (a query's first 15 lines shown again with a
    /// new ending, 50 words), not a whole stretch of text. The copies on wcxb-dev are 150 words and more.
    /// </summary>
    private const int MinRepeatedLines = 3;
    private const int MinRepeatedWords = 150;

    /// <summary>
    /// An end heading counts only in the second half of the text (by characters) and up to this many words: earlier,
    /// "Related:" or "Sources" introduce a list inside the article. Measured on wcxb-dev articles: from 40% it cut real
    /// text, from 60% it missed furniture; readability-pages had no such heading in its second half.
    /// </summary>
    private const double EndHeadingFrom = 0.5;
    private const int EndHeadingMaxWords = 8;

    [GeneratedRegex(
        @"^(related (posts|articles|stories|reading|content)|you (may|might) also (like|enjoy)|more from\b.*|more articles.*|" +
        @"(also )?in the news|(article )?sources|tags|written by .*|leave a reply|what do you think\??|previous post|next post|" +
        @"share this( post| article)?|recent posts|popular posts|see more reviews|meet the author|author bio|reviewed by,?|" +
        @"related (post|article|story)s?( from .*| that may interest you| you might like)?|recommended (reading|for you|articles|posts|stories)|" +
        @"up next|read next|what to read next|you may (also )?be interested in.*|if you (liked|enjoyed) this.*|about the contributors?|" +
        @"discover more|explore more|keep reading|\d+ comments?|comments are closed.*|join the (discussion|conversation)|" +
        @"subjects|filed under|categories|posted in .*)[:.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndHeading();

    /// <summary>
    /// An image caption that ends with its photo credit ("… stops fast. Credit: Jane Doe"): WCXB's annotators leave
    /// captions out, and Readability's test pages have no line of this form (their captions keep, without the label).
    /// </summary>
    [GeneratedRegex(@"\b(photo |image )?credits?:\s*[^.]{2,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditedCaption();

    private const int CaptionMaxWords = 25;

    /// <summary>
    /// A link to another story set between paragraphs ("Also read: …", "Read our full … review"). "Related: …" is not
    /// here: Readability keeps those lines in a news story of its test pages.
    /// </summary>
    [GeneratedRegex(@"^((also read|read also|recommended|you (may|might) also like|don't miss|must read|see also)\s*[:»>|-]\s*\S|read (our|the) full .{3,80} review\.?$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurtherReading();

    /// <summary>A button's label on a line of its own ("Learn more", "Get a quote", "Check price at Amazon").</summary>
    [GeneratedRegex(@"^(learn more|read more|find out more|get a (free )?quote|book now|buy now|shop now|get started|see (the )?rating|" +
        @"check (the )?price( at \w+)?|see (the )?price|view deal|see deal|get (the )?deal|where to buy|see details|view details|see more|view more|" +
        @"show more|show less|click here|compare|button|loading( paragraph)?)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ButtonLabel();

    internal static bool IsButtonLabel(string line) => line.Length <= 40 && ButtonLabel().IsMatch(line.Trim());

    public static string Clean(string text)
    {
        if (text.Length == 0) return text;
        var lines = text.Split('\n');
        var uncredited = lines.Where(line => !IsCreditedCaption(line) && !IsFurtherReading(line) && !IsButtonLabel(line)).ToArray();
        var kept = WithoutRepeatedRuns(uncredited);
        var end = EndHeadingIndex(kept);
        if (end < 0 && kept.Count == lines.Length) return text;
        return string.Join('\n', end < 0 ? kept : kept.Take(end));
    }

    /// <summary>
    /// Drops a run of lines that repeats, line for line, a run seen earlier (the same article printed for desktop and
    /// for mobile). The scorer counts 4-word shingles as a multiset, so the copy is all false positives.
    /// </summary>
    internal static List<string> WithoutRepeatedRuns(string[] lines)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++) first.TryAdd(lines[i], i);
        var kept = new List<string>(lines.Length);
        var at = 0;
        while (at < lines.Length)
        {
            var earlier = first[lines[at]];
            if (earlier < at)
            {
                var length = 0;
                while (at + length < lines.Length && earlier + length < at && lines[earlier + length] == lines[at + length]) length++;
                if (IsSubstantial(lines, at, length))
                {
                    at += length;
                    continue;
                }
            }
            kept.Add(lines[at]);
            at++;
        }
        return kept;
    }

    private static bool IsSubstantial(string[] lines, int start, int length)
    {
        if (length < MinRepeatedLines) return false;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var words = 0;
        for (var i = start; i < start + length; i++)
        {
            distinct.Add(lines[i]);
            words += ArticleExtractor.WordCount(lines[i]);
        }
        return distinct.Count >= MinRepeatedLines && words >= MinRepeatedWords;
    }

    internal static bool IsFurtherReading(string line) =>
        line.Length <= 400 && FurtherReading().IsMatch(line) && ArticleExtractor.WordCount(line) <= CaptionMaxWords;

    internal static bool IsCreditedCaption(string line) =>
        line.Length <= 400 && line.Contains("redit", StringComparison.OrdinalIgnoreCase)
        && ArticleExtractor.WordCount(line) <= CaptionMaxWords && CreditedCaption().IsMatch(line);

    /// <summary>The index of the first end heading in the second half of the text, or -1.</summary>
    internal static int EndHeadingIndex(List<string> lines)
    {
        var total = lines.Sum(l => l.Length + 1) - 1;
        var position = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            // The anchored pattern fails at a line's first words, before its words are counted.
            if (position >= EndHeadingFrom * total && line.Length <= 120 && EndHeading().IsMatch(line.Trim())
                && ArticleExtractor.WordCount(line) <= EndHeadingMaxWords)
                return i;
            position += line.Length + 1;
        }
        return -1;
    }
}
