using AngleSharp.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// Where each element sat before SmartReader moved the blocks it keeps out of the page: its parent and the element
/// after it. Recorded during <see cref="ReaderPrep"/>'s walk, which visits every element anyway.
/// </summary>
public sealed class OriginalPlaces
{
    private readonly Dictionary<IElement, (IElement Parent, IElement? Next)> _places = new();

    public void Record(IElement element, IElement parent, IElement? next) => _places[element] = (parent, next);

    public bool TryGet(IElement element, out IElement parent, out IElement? next)
    {
        var found = _places.TryGetValue(element, out var place);
        (parent, next) = place;
        return found;
    }
}
