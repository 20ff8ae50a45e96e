using AngleSharp.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// The attributes the page walks read from every element, taken in one pass over its attributes (most elements have
/// none) instead of a lookup each, each of which scans them all. <see cref="MayBeHidden"/>: the element has one of the
/// attributes SmartReader's visibility test reads (without any of them an element is visible).
/// </summary>
internal readonly record struct ElementAttributes(string? Class, string? Id, string? Itemprop, string? Role, string? Rel, string? AriaModal, bool MayBeHidden)
{
    public static ElementAttributes Of(IElement element)
    {
        string? cls = null, id = null, itemprop = null, role = null, rel = null, ariaModal = null;
        var mayBeHidden = false;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            // The first of a name counts, as a lookup by name finds it.
            switch (attribute.Name)
            {
                case "class": cls ??= attribute.Value; break;
                case "id": id ??= attribute.Value; break;
                case "itemprop": itemprop ??= attribute.Value; break;
                case "role": role ??= attribute.Value; break;
                case "rel": rel ??= attribute.Value; break;
                case "aria-modal": ariaModal ??= attribute.Value; break;
                case "style" or "hidden" or "aria-hidden": mayBeHidden = true; break;
            }
        }
        return new ElementAttributes(cls, id, itemprop, role, rel, ariaModal, mayBeHidden);
    }
}
