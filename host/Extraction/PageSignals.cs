using System.Buffers;
using System.Runtime.InteropServices;
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
        int articles = 0, linkedHeadings = 0, headings = 0, maxRepeated = 0, code = 0, posts = 0, visited = 0, calls = 0;
        int comments = 0, listItems = 0, inputs = 0, h1s = 0, users = 0;
        bool price = false, cart = false;
        // Whether a heading or a card holds a link is known once the walk leaves it, having passed every link inside: each
        // element is entered, then left after its children, and what it found is handed to its parent when it is left.
        var stack = new Stack<(IElement Element, bool Leaving)>();
        var open = new List<Visit>();
        if (doc.DocumentElement is { } root) stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (element, leaving) = stack.Pop();
            if (leaving)
            {
                var visit = open[^1];
                open.RemoveAt(open.Count - 1);
                if (visit.Heading && (visit.HoldsLink || element.ParentElement?.TagName == "A")) linkedHeadings++;
                if (visit.Cards is not null) maxRepeated = Math.Max(maxRepeated, visit.Cards.Largest);
                if (open.Count > 0) CollectionsMarshal.AsSpan(open)[^1].Left(element, visit.HoldsLink);
                continue;
            }
            // Past the bound nothing more is entered, but the elements still open are left, so they count what they hold.
            if (++visited > MaxElementsVisited) continue;
            var entered = new Visit { Cards = element.ChildElementCount >= 4 ? new Cards() : null };
            switch (element.TagName)
            {
                case "ARTICLE": articles++; break;
                case "PRE": code++; break;
                case "LI": listItems++; break;
                case "H1": h1s++; break;
                case "INPUT" or "TEXTAREA" or "SELECT": inputs++; break;
                case "H2" or "H3" or "H4": headings++; entered.Heading = true; break;
                case "A" when element.HasAttribute("href"):
                    entered.HoldsLink = true;
                    if (calls < 100 && IsCallToAction(element)) calls++;
                    break;
                case "A" or "BUTTON" when calls < 100 && IsCallToAction(element):
                    calls++;
                    break;
                case "BUTTON" or "INPUT" when !cart:
                    var label = (TextLength.ShortText(element, 60) ?? "") + " " + element.GetAttribute("value");
                    cart = label.Contains("add to cart", StringComparison.OrdinalIgnoreCase)
                        || label.Contains("add to basket", StringComparison.OrdinalIgnoreCase)
                        || label.Contains("add to bag", StringComparison.OrdinalIgnoreCase)
                        || label.Contains("buy now", StringComparison.OrdinalIgnoreCase);
                    break;
            }
            var attributes = ElementAttributes.Of(element);
            if (!price && attributes.Itemprop is "price" or "priceCurrency" or "offers") price = true;
            var (cls, id) = (attributes.Class, attributes.Id ?? "");
            if (cls is not null && cls.Length < 200 && (cls.AsSpan().ContainsAny(ClassWords) || id.StartsWith("post", StringComparison.OrdinalIgnoreCase)))
            {
                if (!price && (cls.Contains("price", StringComparison.OrdinalIgnoreCase) && !cls.Contains("pricing", StringComparison.OrdinalIgnoreCase))) price = true;
                if (IsPostBlock(cls, id)) posts++;
                if (cls.Contains("comment", StringComparison.OrdinalIgnoreCase)) comments++;
                if (cls.Contains("avatar", StringComparison.OrdinalIgnoreCase) || cls.Contains("username", StringComparison.OrdinalIgnoreCase)) users++;
            }
            open.Add(entered);
            stack.Push((element, true));
            // Reversed onto the stack, so they come off in document order.
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
                if (children[i] is IElement child) stack.Push((child, false));
        }
        return new PageSignals(articles, linkedHeadings, maxRepeated, price, cart, code, posts, headings, calls, comments, listItems, inputs, h1s, users);
    }

    /// <summary>An element the walk is inside: whether a link has been met in it, and its cards if it has room for them.</summary>
    private struct Visit
    {
        public bool Heading;
        public bool HoldsLink;
        public Cards? Cards;

        /// <summary>A child has been left, holding a link or not.</summary>
        public void Left(IElement child, bool holdsLink)
        {
            HoldsLink |= holdsLink;
            Cards?.Add(child, holdsLink);
        }
    }

    /// <summary>
    /// The largest group of children sharing tag and class where each child holds a link and some structure: cards of a
    /// listing. The first 500 children are looked at.
    /// </summary>
    private sealed class Cards
    {
        private readonly Dictionary<string, int> _groups = new();
        private int _seen;

        public int Largest { get; private set; }

        public void Add(IElement child, bool holdsLink)
        {
            if (_seen++ >= 500) return;
            if (child.TagName is "A" or "OPTION" or "TR" or "BR" or "SCRIPT") return;
            if (!holdsLink || child.ChildElementCount < 2) return;
            var key = child.TagName + "|" + child.GetAttribute("class");
            var n = _groups[key] = _groups.GetValueOrDefault(key) + 1;
            if (n > Largest) Largest = n;
        }
    }

    // Every word the class checks below look for, in one vectorised search: most classes hold none of them.
    private static readonly SearchValues<string> ClassWords = SearchValues.Create(
        ["price", "postbody", "message-body", "post-message", "messageContent", "reply", "comment", "avatar", "username"], StringComparison.OrdinalIgnoreCase);

    // One vectorised search for every phrase: this runs for every link of the page.
    private static readonly SearchValues<string> CallsToActionPhrases = SearchValues.Create(
        ["get a quote", "request a quote", "request a demo", "book a demo", "get a demo", "contact us", "book a call", "schedule a call",
         "free consultation", "schedule a consultation", "get started", "talk to an expert", "talk to sales", "contact sales", "get in touch"],
        StringComparison.OrdinalIgnoreCase);

    // Service and product pages push the reader to act; articles rarely do more than once or twice.
    private static bool IsCallToAction(IElement element)
    {
        return TextLength.ShortText(element, 40) is { Length: > 5 } text && text.AsSpan().ContainsAny(CallsToActionPhrases);
    }

    // Forum and comment software marks each message; the first one is the question, the rest replies.
    private static bool IsPostBlock(string cls, string? id) =>
        (id is not null && (id.StartsWith("post-", StringComparison.OrdinalIgnoreCase) || id.StartsWith("post_", StringComparison.OrdinalIgnoreCase)) && id.Any(char.IsDigit))
        || cls.Contains("postbody", StringComparison.OrdinalIgnoreCase) || cls.Contains("message-body", StringComparison.OrdinalIgnoreCase)
        || cls.Contains("post-message", StringComparison.OrdinalIgnoreCase) || cls.Contains("messageContent", StringComparison.OrdinalIgnoreCase)
        || cls.Contains("reply", StringComparison.OrdinalIgnoreCase) && cls.Contains("post", StringComparison.OrdinalIgnoreCase);
}
