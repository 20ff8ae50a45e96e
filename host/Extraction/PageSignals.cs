using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// Layout facts that tell one story apart from a listing, forum thread, shop or documentation page: repeated sibling
/// blocks, linked headings, &lt;article&gt; count, price and cart markup, code blocks. Measured in one bounded pass.
/// </summary>
public sealed record PageSignals(int ArticleTags, int LinkedHeadings, int MaxRepeatedBlocks, bool PriceMarkup, bool CartButton,
    int CodeBlocks, int PostBlocks, int Headings, int CallsToAction, int CommentBlocks = 0, int ListItems = 0, int Inputs = 0, int H1s = 0, int UserBlocks = 0)
{
    private const int MaxElementsVisited = 60000;

    public static PageSignals Measure(IHtmlDocument doc)
    {
        int articles = 0, linkedHeadings = 0, maxRepeated = 0, code = 0, posts = 0, headings = 0, visited = 0, calls = 0;
        int comments = 0, listItems = 0, inputs = 0, h1s = 0, users = 0;
        bool price = false, cart = false;
        var holdsLink = ElementsHoldingLinks(doc);
        foreach (var element in doc.All)
        {
            if (++visited > MaxElementsVisited) break;
            switch (element.TagName)
            {
                case "ARTICLE": articles++; break;
                case "PRE": code++; break;
                case "LI": listItems++; break;
                case "H1": h1s++; break;
                case "INPUT" or "TEXTAREA" or "SELECT": inputs++; break;
                case "H2" or "H3" or "H4":
                    headings++;
                    if (holdsLink.Contains(element) || element.ParentElement?.TagName == "A") linkedHeadings++;
                    break;
                case "A" or "BUTTON" when calls < 100 && element.TextContent is { Length: > 5 and < 40 } linkText && IsCallToAction(linkText):
                    calls++;
                    break;
                case "BUTTON" or "INPUT" when !cart:
                    var label = (element.TextContent.Length < 60 ? element.TextContent : "") + " " + element.GetAttribute("value");
                    cart = label.Contains("add to cart", StringComparison.OrdinalIgnoreCase)
                        || label.Contains("add to basket", StringComparison.OrdinalIgnoreCase)
                        || label.Contains("add to bag", StringComparison.OrdinalIgnoreCase)
                        || label.Contains("buy now", StringComparison.OrdinalIgnoreCase);
                    break;
            }
            var itemprop = element.GetAttribute("itemprop");
            if (!price && itemprop is "price" or "priceCurrency" or "offers") price = true;
            var cls = element.GetAttribute("class");
            if (cls is not null && cls.Length < 200)
            {
                if (!price && (cls.Contains("price", StringComparison.OrdinalIgnoreCase) && !cls.Contains("pricing", StringComparison.OrdinalIgnoreCase))) price = true;
                if (IsPostBlock(cls, element.Id)) posts++;
                if (cls.Contains("comment", StringComparison.OrdinalIgnoreCase)) comments++;
                if (cls.Contains("avatar", StringComparison.OrdinalIgnoreCase) || cls.Contains("username", StringComparison.OrdinalIgnoreCase)) users++;
            }
            if (element.ChildElementCount >= 4) maxRepeated = Math.Max(maxRepeated, RepeatedLinkedChildren(element, holdsLink));
        }
        return new PageSignals(articles, linkedHeadings, maxRepeated, price, cart, code, posts, headings, calls, comments, listItems, inputs, h1s, users);
    }

    private static readonly string[] CallsToActionPhrases =
        ["get a quote", "request a quote", "request a demo", "book a demo", "get a demo", "contact us", "book a call", "schedule a call",
         "free consultation", "schedule a consultation", "get started", "talk to an expert", "talk to sales", "contact sales", "get in touch"];

    // Service and product pages push the reader to act; articles rarely do more than once or twice.
    private static bool IsCallToAction(string text)
    {
        foreach (var phrase in CallsToActionPhrases)
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Every element with a link inside it, found by walking up from each link once.</summary>
    private static HashSet<IElement> ElementsHoldingLinks(IHtmlDocument doc)
    {
        var set = new HashSet<IElement>();
        var visited = 0;
        foreach (var a in doc.All)
        {
            if (++visited > MaxElementsVisited) break;
            if (a.TagName != "A" || !a.HasAttribute("href")) continue;
            for (var e = a; e is not null && set.Add(e); e = e.ParentElement) { }
        }
        return set;
    }

    // Forum and comment software marks each message; the first one is the question, the rest replies.
    private static bool IsPostBlock(string cls, string? id) =>
        (id is not null && (id.StartsWith("post-", StringComparison.OrdinalIgnoreCase) || id.StartsWith("post_", StringComparison.OrdinalIgnoreCase)) && id.Any(char.IsDigit))
        || cls.Contains("postbody", StringComparison.OrdinalIgnoreCase) || cls.Contains("message-body", StringComparison.OrdinalIgnoreCase)
        || cls.Contains("post-message", StringComparison.OrdinalIgnoreCase) || cls.Contains("messageContent", StringComparison.OrdinalIgnoreCase)
        || cls.Contains("reply", StringComparison.OrdinalIgnoreCase) && cls.Contains("post", StringComparison.OrdinalIgnoreCase);

    /// <summary>The largest group of children sharing tag and class where each child holds a link and some text: cards of a listing.</summary>
    private static int RepeatedLinkedChildren(IElement parent, HashSet<IElement> holdsLink)
    {
        var groups = new Dictionary<string, int>();
        var best = 0;
        var seen = 0;
        foreach (var child in parent.Children)
        {
            if (seen++ >= 500) break;
            if (child.TagName is "A" or "OPTION" or "TR" or "BR" or "SCRIPT") continue;
            if (!holdsLink.Contains(child) || child.ChildElementCount < 2) continue;
            var key = child.TagName + "|" + child.GetAttribute("class");
            var n = groups[key] = groups.GetValueOrDefault(key) + 1;
            if (n > best) best = n;
        }
        return best;
    }
}
