using System.Text.RegularExpressions;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// The author(s) as the markup states them: JSON-LD, then author meta tags, then marked-up author elements, then
/// SmartReader's guess. The extractor falls back to a "By …" line in the text (<see cref="LeadByline"/>) itself.
/// </summary>
public static partial class BylineChooser
{
    public static string? FromMarkup(PageMetadata md, string? readerByline)
    {
        var organisations = OrganisationNames(md);
        var visible = VisibleNames(md, readerByline, organisations);
        var person = visible.FirstOrDefault(IsPersonLike);

        var linked = md.JsonLd.Authors.Select(Clean).OfType<string>().Distinct().ToList();
        // "Jane Doe" listed beside "Garden Learning Network": an organisation credited next to a person is not a co-author.
        if (linked.Count > 1 && linked.Any(n => !OrganisationWord().IsMatch(n))) linked.RemoveAll(n => OrganisationWord().IsMatch(n));
        // A publisher named as its own author stands in for the writer the page names.
        if (person is not null && linked.Count > 0 && linked.All(n => IsOrganisation(n, organisations))) linked.Clear();
        if (linked.Count > 1) return VisibleList(visible, linked) ?? string.Join(", ", linked);
        if (linked.Count == 1 && !(person is not null && LooksLikeHandle(linked[0]))) return linked[0];

        var meta = CitedList(md) ?? Clean(md.GetPreferringProperty("dc:creator", "dcterm:creator", "dc.creator", "dcterms.creator", "author", "article:author", "parsely-author", "sailthru.author", "byl", "citation_author")
            ?? LabelledTwitterData(md));
        if (meta is not null && !(person is not null && (LooksLikeHandle(meta) || IsOrganisation(meta, organisations)))) return meta;
        return WithoutTitle(visible.FirstOrDefault(v => !IsInitials(v)) ?? visible.FirstOrDefault(), visible) ?? meta;
    }

    /// <summary>
    /// "Jane Doe, Privacy Expert" where the page also sets "Jane Doe" apart in an element of its own (the link to her
    /// page): the name without the title after it. A list of names ("Jane Doe, Ann Lee") is left whole.
    /// </summary>
    private static string? WithoutTitle(string? name, List<string> visible)
    {
        var comma = name?.IndexOf(", ", StringComparison.Ordinal) ?? -1;
        return comma > 0 && visible.Contains(name![..comma]) && ListedNames(name) == 0 ? name[..comma] : name;
    }

    /// <summary>
    /// The markup's byline, unless the byline printed under the headline names someone else: a publisher, a login name
    /// or a stale author in the metadata gives way to what the reader is shown. When one contains the other, the markup
    /// keeps its cleaner form ("Jane Doe" against a shown "Jane Doe, Staff Writer").
    /// </summary>
    public static string? WithShown(string? markup, string? shown)
    {
        if (shown is null || markup is null) return markup ?? shown;
        var (m, s) = (TextNormaliser.Squash(markup), TextNormaliser.Squash(shown));
        if (!m.Contains(s, StringComparison.Ordinal) && !s.Contains(m, StringComparison.Ordinal)) return shown;
        return ListedNames(shown) > Math.Max(1, ListedNames(markup)) ? shown : markup;
    }

    /// <summary>How many people a byline lists ("A, B and C" is three), or 0 when a part is not a name ("Jane Doe, Staff Writer").</summary>
    private static int ListedNames(string byline)
    {
        var parts = ListSeparator().Split(byline);
        foreach (var part in parts)
        {
            var words = part.Trim().Split(' ');
            if (words.Length is < 2 or > 5 || !char.IsUpper(words[0][0]) || part.Any(char.IsDigit) || JobWord().IsMatch(part) || OrganisationWord().IsMatch(part)) return 0;
        }
        return parts.Length;
    }

    [GeneratedRegex(@"\s*(?:,\s*and\s|,|;|\sand\s|\s&\s)\s*")]
    private static partial Regex ListSeparator();

    /// <summary>A word of a job title or a team: what follows a name after a comma when it is not another name.</summary>
    [GeneratedRegex(@"\b(Founder|Co-Founder|Reporter|Writer|Editor|Consultant|Correspondent|Contributor|Columnist|Journalist|Director|Manager|Officer|Specialist|Strategist|Analyst|Designer|Engineer|Developer|Coordinator|Expert|Scientist|Professor|Lead|Head|Staff|Team|Editors|Desk|Newsroom)\b", RegexOptions.IgnoreCase)]
    private static partial Regex JobWord();

    /// <summary>
    /// An article's byline that names its publisher (its site name, or that name with "Team"/"Staff" around it), an
    /// organisation ("… Association", "… Clinic") or a
    /// login name gives way to the first written person's name another source gives (an author box, a "By" line in the
    /// text, an author-page link, a WebPage's JSON-LD author).
    /// </summary>
    public static string? PreferPerson(string? byline, PageMetadata md, params string?[] others)
    {
        if (byline is null) return null;
        var organisations = OrganisationNames(md);
        // A personal site is named after its author ("Jane Doe"): a publisher-like byline written as a name stays.
        if (!LooksLikeHandle(byline) && (!IsPublisherLike(byline, organisations) || IsWrittenName(byline, fullName: true) && !OrganisationWord().IsMatch(byline))) return byline;
        foreach (var other in others)
            if (Clean(other) is { } name && IsPersonLike(name) && !IsPublisherLike(name, organisations) && !EndsWithFunctionWord().IsMatch(name)) return name;
        return byline;
    }

    /// <summary>
    /// A scholarly page's authors, one <c>citation_author</c> each, joined with commas (its other author metas name the
    /// first only); null unless there are several. A name written surname first ("Doe, Jane A.") is turned ("Jane A. Doe")
    /// so the commas separate people; one author alone keeps the form the page gives.
    /// </summary>
    private static string? CitedList(PageMetadata md)
    {
        if (md.CitationAuthors.Count < 2) return null;
        var names = new List<string>();
        foreach (var raw in md.CitationAuthors)
        {
            if (Clean(raw) is not { } name) continue;
            var parts = name.Split(", ");
            var turned = parts.Length == 2 && parts.All(p => p.Length > 0 && char.IsUpper(p[0]) && p.Split(' ').Length <= 3) ? parts[1] + " " + parts[0] : name;
            if (!names.Contains(turned)) names.Add(turned);
        }
        return names.Count > 1 ? string.Join(", ", names) : names.FirstOrDefault();
    }

    /// <summary>"Jane Doe and Ann Lee, The Courier": the publisher's name after the author's, cut off.</summary>
    public static string? WithoutPublisher(string? byline, PageMetadata md)
    {
        if (byline is null) return null;
        var cut = byline.LastIndexOf(", ", StringComparison.Ordinal);
        if (cut <= 0) return byline;
        var tail = TextNormaliser.Squash(byline[(cut + 2)..]);
        return tail.Length >= 3 && OrganisationNames(md).Contains(tail) ? byline[..cut] : byline;
    }

    /// <summary>The site's own name, its first part ("Digjitale" of "Digjitale Signal"), or either with a team word ("Team Tiger Data").</summary>
    private static bool IsPublisherLike(string name, IReadOnlyCollection<string> organisations)
    {
        if (OrganisationWord().IsMatch(name)) return true;
        var bare = TextNormaliser.Squash(TeamWords().Replace(name, " "));
        return bare.Length >= 3 && organisations.Any(o => o.StartsWith(bare, StringComparison.Ordinal));
    }

    /// <summary>Two or three capitalised words that name neither a team, an organisation nor a job: "Jane Doe", not "Online News", not "Veröffentlicht am".</summary>
    internal static bool IsPersonName(string name) => IsWrittenName(name, fullName: true) && !OrganisationWord().IsMatch(name) && !JobWord().IsMatch(name);

    /// <summary>"Nature In": a run of capitalised words cut from a sentence, not a name.</summary>
    [GeneratedRegex(@"\s(In|On|At|Of|The|And|For|To|With|From|By|As|Is|A|An)$")]
    private static partial Regex EndsWithFunctionWord();

    /// <summary>A word only an organisation's name has: "Obesity Medicine Association", "Acme Media Group".</summary>
    [GeneratedRegex(@"\b(Association|Institute|University|Clinic|Foundation|Society|Inc|LLC|Ltd|GmbH|Corporation|Company|Group|Media|News|Press|Network|Hospital|Council|Agency)\b")]
    private static partial Regex OrganisationWord();

    [GeneratedRegex(@"\b(team|staff|editors|editorial|newsroom|desk)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TeamWords();

    /// <summary>
    /// Whether a name is written as one: it starts with a capital or a digit joined to letters ("3i Global"), and no word is
    /// a number ("By 2030, …" is not a byline). A <paramref name="fullName"/> is moreover two or three capitalised words and
    /// nothing else: "Jane Doe", "Rick O'Neil" (not "Morgan &amp; Morgan", not "Team Tiger Data").
    /// </summary>
    internal static bool IsWrittenName(string name, bool fullName = false)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]) && !(char.IsDigit(name[0]) && name.Length > 1 && char.IsLetter(name[1]))) return false;
        foreach (var word in name.Split(' '))
            if (word.Any(char.IsDigit) && !(char.IsDigit(word[0]) && word.Length > 1 && word.Skip(1).All(char.IsLetter) && word != name)) return false;
        return !fullName || FullName().IsMatch(name);
    }

    [GeneratedRegex(@"^(?!.*\b(Team|Staff|Editors|Editorial|Newsroom|Desk)\b)\p{Lu}[\p{L}'’.\-]+( \p{Lu}[\p{L}'’.\-]+){1,2}$")]
    private static partial Regex FullName();

    /// <summary>The "Written by" pair of Twitter card labels (<c>twitter:label1</c>/<c>twitter:data1</c>) that WordPress SEO plugins emit.</summary>
    private static string? LabelledTwitterData(PageMetadata md)
    {
        for (var i = 1; i <= 4; i++)
            if (md.Get($"twitter:label{i}") is { } label && label.Trim().Equals("Written by", StringComparison.OrdinalIgnoreCase))
                return md.Get($"twitter:data{i}");
        return null;
    }

    /// <summary>Author names the page shows: itemprop/rel author, elements classed as bylines, author-page links, SmartReader's guess.</summary>
    private static List<string> VisibleNames(PageMetadata md, string? readerByline, IReadOnlyCollection<string> organisations)
    {
        var raw = new List<string?> { md.ItempropAuthor, md.RelAuthor };
        raw.AddRange(md.AuthorTexts);
        raw.Add(md.AuthorLink);
        raw.Add(readerByline);
        return raw.Select(Clean).OfType<string>().Distinct().ToList();
    }

    /// <summary>Several linked authors as the page writes them ("A, B and C"), when one shown byline names them all.</summary>
    private static string? VisibleList(List<string> visible, List<string> names) =>
        visible.FirstOrDefault(v => v.Length < 100 && names.All(n => v.Contains(n, StringComparison.OrdinalIgnoreCase))
            && ListRest().IsMatch(names.Aggregate(v, (rest, n) => rest.Replace(n, "", StringComparison.OrdinalIgnoreCase))));

    /// <summary>"NB": initials shown beside an avatar.</summary>
    private static bool IsInitials(string name) => name.Length <= 3 && name.All(char.IsUpper);

    /// <summary>Two or more words, not all in capitals: what a written-out name looks like (not "NB", not "kffjdoe").</summary>
    private static bool IsPersonLike(string name) => name.Contains(' ') && name.Any(char.IsLower) && !LooksLikeHandle(name);

    /// <summary>A login name rather than a written name: one token with digits ("jdoe1984", "CC7567") or joined by a dot or underscore ("jane.doe").</summary>
    internal static bool LooksLikeHandle(string name) => !name.Contains(' ') && (name.Any(char.IsDigit) || JoinedWords().IsMatch(name));

    private static bool IsOrganisation(string name, IReadOnlyCollection<string> organisations) => organisations.Contains(TextNormaliser.Squash(name));

    private static HashSet<string> OrganisationNames(PageMetadata md)
    {
        var names = new HashSet<string>();
        foreach (var n in new[] { md.Get("og:site_name"), md.JsonLd.Publisher, md.Get("application-name") })
            if (!string.IsNullOrWhiteSpace(n)) names.Add(TextNormaliser.Squash(n));
        names.Remove("");
        return names;
    }

    internal static string? Clean(string? value)
    {
        var text = TextNormaliser.Collapse(System.Net.WebUtility.HtmlDecode(value ?? ""));
        // A login that is an e-mail address is the only name such a page gives; beside a name, an address is contact detail.
        if (text.Length < 100 && Email().Match(text) is { Success: true } address && address.Length == text.Length) return text;
        {
            text = Email().Replace(text, " ");
            text = Prefix().Replace(LeadingDate().Replace(text, ""), "");
            var cut = Tail().Match(text);
            if (cut.Success && cut.Index > 0) text = text[..cut.Index];
            if (!text.Contains(',')) text = CapitalsTail().Replace(RoleTail().Replace(text, ""), "");
            else
            {
                // "Matt Cole Head Winemaker, Co-Founder": a job title before the first comma ends the name.
                var head = text[..text.IndexOf(',')];
                var name = RoleTail().Replace(head, "");
                if (name.Length < head.Length && !name.Split(' ').Any(w => w.Length > 1 && w.All(char.IsUpper))) text = name;
            }
            text = Doubled().Replace(text, "$1");
            text = text.Replace(" ,", ",").Trim(' ', ',', ';', ':', '|', '·', '-', '–', '—', '"', '“', '”');
            if (text.EndsWith(" .", StringComparison.Ordinal)) text = text[..^2];
        }
        if (text.Length < 2 || text.Length > 100 || !text.Any(char.IsLetter) || LooksLikeUrl(text) || text.Contains('*') || DateLine().IsMatch(text)) return null;
        if (text.Split(' ').Length > 8 || NotAName().IsMatch(text) || CommentAuthor().IsMatch(text)) return null;
        return text;
    }

    private static bool LooksLikeUrl(string value) => value.StartsWith("http", StringComparison.OrdinalIgnoreCase) || value.Contains("://");

    // A leading date or one word ("Recipe by", "Guide by", "03/10/2023 by") before "by" belongs to the label, not the name.
    [GeneratedRegex(@"^\s*(read more about\s+|(insights|notes|thoughts|words|(more\s+)?(articles|posts|stories))\s+(from|by)\s+|([0-9./-]{6,10}|recipe|guide|review|photos?|words|story|text|video|illustrations?|interview)\s+by\s+|((posted|post|written|published|reviewed|authored)\s+by|by|via|von|par|por|di|door|author|autor|auteur|text)\s*[:\-]?\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s*(\||·|•|»|—|–|\bPublished|Published\b|Updated|Posted|Reviewed|\bEdited\s+by\b|\bFact[- ]checked\b|\bLast\b|\bFormer\b|\bon behalf\b|\bon\s+(?=[A-Z0-9])|\s[0-9]|\bJoined\b|\bMember\b|\s-\s|\s(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*[0-9])")]
    private static partial Regex Tail();

    // A job title after the name with no comma between: "Jane Doe Tech Reporter", "John Roe Founder & Lead Reviewer".
    [GeneratedRegex(@"(?<=\w\s+\w\S*)\s+((Senior|Staff|Chief|Head|Lead|Tech|Games|Sports|News|Deputy|Managing|Contributing|Executive|Marketing|Content|Product|Creative|Communications|Research|Program)\s+)*(Founder|Co-Founder|Reporter|Writer|Editor|Consultant|Correspondent|Contributor|Columnist|Gardener|Winemaker|Journalist|Director|Manager|Officer|Specialist|Strategist|Analyst|Designer|Engineer|Developer|Coordinator)\b.*$")]
    private static partial Regex RoleTail();

    // Month or weekday names, placeholders (a CMS's default "admin" account) and labels that author selectors pick up instead of a name.
    [GeneratedRegex(@"^((jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thurs|thursday|fri|friday|sat|saturday|sun|sunday)\.?|(the\s+|topic\s+|post\s+)?authors?|admin|administrator|webmaster|home|(learn|read)\s+more|(written|posted|published|authored)\s+by|about\s+the\s+authors?|([a-z]+\.)+[a-z]*(author|name)[a-z]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAName();

    /// <summary>What is left of a shown author list once the names are taken out: only commas, "and", "&amp;".</summary>
    [GeneratedRegex(@"^(\s|,|;|&|\band\b|\bund\b|\bet\b|\by\b)*$", RegexOptions.IgnoreCase)]
    private static partial Regex ListRest();

    /// <summary>An outlet name in capitals after a written name: "Jane Doe USA TODAY".</summary>
    [GeneratedRegex(@"(?<=\s\S*\p{Ll}\S*)(\s+\p{Lu}{2,})+$")]
    private static partial Regex CapitalsTail();

    /// <summary>A name printed twice in a row (visible name plus an accessible label): "Jane Doe Jane Doe".</summary>
    [GeneratedRegex(@"^(.{3,50}?) \1$")]
    private static partial Regex Doubled();

    /// <summary>A publication date printed before the name: "Dec. 19, 2025 · Jane Doe", "2025-12-17 · Jane Doe".</summary>
    [GeneratedRegex(@"^\s*((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})\s*[·•|,\-–—]?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingDate();

    /// <summary>"Updated March 13, 2024", "5 min read": a date or reading-time line picked up by an author selector.</summary>
    [GeneratedRegex(@"^((updated|published|posted|last updated|modified)\b|\d+\s*(min|mins|minutes?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    /// <summary>"Jane says": the author of a reader comment, not of the article.</summary>
    [GeneratedRegex(@"\s(says|said|wrote|replied):?$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentAuthor();

    [GeneratedRegex(@"\p{L}[._]\p{L}{2}")]
    private static partial Regex JoinedWords();

    [GeneratedRegex(@"\S+@\S+\.\S+")]
    private static partial Regex Email();
}
