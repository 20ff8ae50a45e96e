using System.Reflection;
using System.Text.RegularExpressions;
using SmartReader;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// The class and id words SmartReader scores by: the words that score a block down, and the words that drop a block
/// before scoring. SmartReader's <c>ReplaceRegularExpression</c> and <c>AddOptionToRegularExpression</c> build a new
/// interpreted Regex for every reader, which the reader then matches against every element's class and id (its own
/// defaults are compiled): a quarter more time per page. One compiled instance of each is set instead, through the
/// fields those methods write; if a SmartReader version lacks a field, its public method is used.
/// </summary>
public static partial class ReaderClassWords
{
    /// <summary>
    /// SmartReader's default negative words lost the spaces around Readability's "hid" alternatives, so any name
    /// containing "hid" (hideOnInit, hideOnMobile, orchid) counted as hidden and a block of the article behind a "read
    /// more" toggle was cleaned away; this is its list with the spaces back. It also leaves out Readability's "widget": page
    /// builders name their layout blocks so (HubSpot's widget-span, SiteOrigin's so-widget, Elementor's widgets, product
    /// widgets that carry a review's text), and the clean-up drops every such block inside the article whatever it holds.
    /// On wcxb-dev articles body F1 rose by 0.0017 to 0.9507: 12 pages gain (two reviews from 0.09 and 0.36 recall to
    /// 0.97), 15 lose a little to subscribe, rating and donate boxes now kept; readability-pages is unchanged.
    /// </summary>
    internal const string Negative =
        "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|" +
        "related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags";

    /// <summary>
    /// Class and id words added to Readability's unlikely-candidate list (blocks dropped before scoring unless they also
    /// look like content): carousels of teasers, disclaimers and disclosures, author boxes, and the form plugins' wrappers
    /// (Gravity Forms, Contact Form 7, HubSpot). On the dev sets: wcxb-dev articles body F1 +0.0014, readability-pages
    /// unchanged. Tried and left out: newsletter, subscribe and signup
    /// (Readability keeps a newsletter box on two of its pages), promo (it matched a "…promotion_controversy" heading),
    /// testimonial and cta (quotes and calls to action inside wcxb-dev articles), author-info (a byline component).
    /// </summary>
    internal const string UnlikelyAdditions = "carousel|disclaimer|disclosure|author-?box|about-?the-?author|gform|wpcf7|hs-form|hbspt-form";

    private const BindingFlags Instance = BindingFlags.NonPublic | BindingFlags.Instance;

    private static readonly FieldInfo? NegativeField = RegexField("RE_Negative", Instance);
    private static readonly FieldInfo? UnlikelyField = RegexField("RE_UnlikelyCandidates", Instance);

    // SmartReader's default list read from the library itself, so ours extends whatever version is installed.
    private static readonly Regex? Unlikely =
        RegexField("G_RE_UnlikelyCandidates", BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null) is Regex defaults
            ? new Regex(defaults + "|" + UnlikelyAdditions, RegexOptions.IgnoreCase | RegexOptions.Compiled)
            : null;

    public static void ApplyTo(Reader reader)
    {
        if (NegativeField is not null) NegativeField.SetValue(reader, NegativeWords());
        else reader.ReplaceRegularExpression(RegularExpressions.Negative, Negative);
        if (UnlikelyField is not null && Unlikely is not null) UnlikelyField.SetValue(reader, Unlikely);
        else reader.AddOptionToRegularExpression(RegularExpressions.UnlikelyCandidates, UnlikelyAdditions);
    }

    private static FieldInfo? RegexField(string name, BindingFlags flags) =>
        typeof(Reader).GetField(name, flags) is { } field && field.FieldType == typeof(Regex) ? field : null;

    [GeneratedRegex(Negative, RegexOptions.IgnoreCase)]
    private static partial Regex NegativeWords();
}
