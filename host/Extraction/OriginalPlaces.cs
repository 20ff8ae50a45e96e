using AngleSharp.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// Where each element sat before SmartReader moved the blocks it keeps out of the page: its parent and the element
/// after it. Recorded during <see cref="ReaderPrep"/>'s walk, which visits every element anyway. Recording is an append:
/// a page asks about a few elements, usually the first one it looks at, so a lookup searches the list, and only a page
/// that asks many times gets an index (hashing every element of the page cost more than all its lookups).
/// </summary>
public sealed class OriginalPlaces
{
    private const int LookupsBeforeIndex = 8;

    private readonly List<(IElement Element, IElement Parent, IElement? Next)> _places = [];
    private Dictionary<IElement, int>? _index;
    private int _lookups;

    public void Record(IElement element, IElement parent, IElement? next)
    {
        _places.Add((element, parent, next));
        _index = null;
    }

    public bool TryGet(IElement element, out IElement parent, out IElement? next)
    {
        var at = Find(element);
        (_, parent, next) = at >= 0 ? _places[at] : default;
        return at >= 0;
    }

    /// <summary>Where the element was last recorded, or -1.</summary>
    private int Find(IElement element)
    {
        if (_index is null && ++_lookups > LookupsBeforeIndex)
        {
            _index = new Dictionary<IElement, int>(_places.Count);
            for (var i = 0; i < _places.Count; i++) _index[_places[i].Element] = i;
        }
        if (_index is not null) return _index.TryGetValue(element, out var found) ? found : -1;
        for (var i = _places.Count - 1; i >= 0; i--)
            if (ReferenceEquals(_places[i].Element, element)) return i;
        return -1;
    }
}
