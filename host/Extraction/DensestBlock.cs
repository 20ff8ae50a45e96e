using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>Fallback body: the container whose paragraph-like children hold the most non-link text.</summary>
public static class DensestBlock
{
    private const int MinBlockChars = 25;

    public static string Text(IHtmlDocument doc, CancellationToken token = default)
    {
        if (doc.Body is null) return "";
        var scores = new Dictionary<IElement, double>();
        // Leaf-ish text blocks only, so each character is counted once and the cost stays linear.
        foreach (var block in doc.Body.QuerySelectorAll("p, pre, blockquote, li, td, dd"))
        {
            token.ThrowIfCancellationRequested();
            var text = TextLength.Of(block);
            if (text < MinBlockChars || block.ParentElement is not { } parent) continue;
            var linkText = 0;
            foreach (var a in block.GetElementsByTagName("a")) linkText += TextLength.Of(a);
            var value = Math.Max(0, text - 2 * linkText);
            if (value == 0) continue;
            scores[parent] = scores.GetValueOrDefault(parent) + value;
            if (parent.ParentElement is { } grand) scores[grand] = scores.GetValueOrDefault(grand) + value / 2.0;
        }
        if (scores.Count == 0) return BlockText.Of(doc.Body, token);
        return BlockText.Of(scores.MaxBy(kv => kv.Value).Key, token);
    }
}
