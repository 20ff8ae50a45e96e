using System.Text.RegularExpressions;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// A "By Jane Doe" written near the top of the main text, for pages whose byline carries no author markup at all.
/// A name never runs on past its block (the lead text has a line per block: "… passed by Congress" and the next list
/// item's "Syria needs …" are not "Congress Syria"); within it, the name ends at the first word that is not part of a
/// name (a month, "Published", a job title, a word in capitals after a mixed-case name).
/// </summary>
public static partial class LeadByline
{
    /// <summary>Only the top of the text: further down "by" introduces quotes, credits and links.</summary>
    private const int SearchChars = 1200;
    private const int MaxNameWords = 4;

    private static readonly HashSet<string> Stop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Published", "Updated", "Posted", "Last", "Modified", "On", "View", "Views", "Read", "Share", "Follow", "Table", "Contents", "Comments",
        "Reviewed", "Edited", "Photo", "Photos", "Staff", "Writer", "Reporter", "Editor", "Founder", "Co-founder", "Contributor",
        "Columnist", "Correspondent", "Director", "Manager", "Head", "Senior", "Chief", "Lead", "Min", "Minute", "Minutes", "Home", "Blog",
        "Jan", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May", "Jun", "June", "Jul", "July", "Aug", "August",
        "Sep", "Sept", "September", "Oct", "October", "Nov", "November", "Dec", "December",
        "Mon", "Monday", "Tue", "Tuesday", "Wed", "Wednesday", "Thu", "Thursday", "Fri", "Friday", "Sat", "Saturday", "Sun", "Sunday",
    };

    /// <summary>Words that start the next sentence once a name has begun ("By Ann Vale We tested ...").</summary>
    private static readonly HashSet<string> SentenceStart = new(StringComparer.Ordinal)
    {
        "We", "The", "This", "That", "These", "Our", "It", "In", "An", "As", "At", "For", "If", "When", "What", "How", "Why",
        "Here", "There", "You", "Your", "My", "He", "She", "They", "Learn", "More", "Click", "Subscribe", "Sign",
    };

    public static string? Find(string? leadText)
    {
        if (string.IsNullOrEmpty(leadText)) return null;
        var text = leadText.Length > SearchChars ? leadText[..SearchChars] : leadText;
        foreach (Match match in ByName().Matches(text))
        {
            if (RepeatsTheWordBefore(text, match)) continue;
            var words = new List<string>();
            var end = 0;
            foreach (Capture word in match.Groups["word"].Captures)
            {
                var w = word.Value.TrimEnd('.', ',');
                if (Stop.Contains(w) || Stop.Contains(word.Value) || (words.Count >= 2 && SentenceStart.Contains(w))) break;
                // "Md Aynal Haque RAJSHAHI": a word in capitals after a mixed-case name is a dateline or an outlet.
                if (words.Count >= 2 && w.Length > 1 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)) && words.Any(x => x.Any(char.IsLower))) break;
                words.Add(word.Value.EndsWith('.') && w.Length > 1 ? w : word.Value.TrimEnd(','));
                end = word.Index + words[^1].Length;
                // A full stop after a whole word ends the sentence, and with it the name ("J." is an initial).
                if (word.Value.EndsWith('.') && w.Length > 1) break;
            }
            if (words.Any(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal) || IsDomainLike(w))) continue;
            while (words.Count > 0 && char.IsLower(words[^1][0])) words.RemoveAt(words.Count - 1);
            if (words.Count < 2 || words.Count > MaxNameWords) continue;
            if (words.Count > 2 && words.All(w => !w.Any(char.IsLower))) continue;
            // "Jane Doe, MD, cardiologist": the degrees written after the name belong to it; the job that follows does not.
            var degrees = Degrees().Match(text, end);
            return BylineChooser.Clean(string.Join(' ', words) + (degrees.Success && degrees.Index == end ? degrees.Value : ""));
        }
        return null;
    }

    /// <summary>"Step by Step Guide", "Day by Day": the word after "by" repeats the one before it.</summary>
    private static bool RepeatsTheWordBefore(string text, Match match)
    {
        var first = match.Groups["word"].Captures[0].Value;
        var before = text.AsSpan(0, match.Index).TrimEnd();
        var start = before.LastIndexOfAny(' ', '\n') + 1;
        return before[start..].Equals(first, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"LibSyn.com": a dot inside a word is a web address, not an initial.</summary>
    private static bool IsDomainLike(string word) => word.TrimEnd('.').Contains('.') && word.TrimEnd('.').Split('.').Any(part => part.Length > 1);

    [GeneratedRegex(@"\G(?:,\s?(?:MD|M\.D\.|DO|PhD|Ph\.D\.|DVM|VMD|RN|RD|MS|MPH|MBA|NP|PA-C|FACP|FACS|FAAP)(?![\p{L}.]))+")]
    private static partial Regex Degrees();

    // "Shop by Category", "Sort by Popular", "Filter by Brand": a listing's controls, not a byline.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<!\b(?:[Ss]hop|SHOP|[Ss]ort|SORT|[Ff]ilter|FILTER|[Bb]rowse|BROWSE|[Ss]earch|SEARCH|[Rr]efine|REFINE|[Nn]arrow|[Oo]rder|[Gg]roup)\s+)(?:By|BY|by)\s*:?\s+(?<word>\p{Lu}[\p{L}'’.\-]*)(?:[^\S\n]+(?<word>\p{Lu}[\p{L}'’.\-]*|de|van|von|der|den|da|di|du|le|la|del|bin|al))*")]
    private static partial Regex ByName();
}
