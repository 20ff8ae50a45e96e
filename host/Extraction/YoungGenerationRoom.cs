namespace BiasCompanion.Host.Extraction;

/// <summary>
/// A large page allocates tens of MB (up to 60 on wcxb-dev) while its parsed document is alive, so a collection that
/// falls in the middle of it copies that document, 5–12 ms a time and up to three times a page: the slowest lookups
/// were slow mostly by such pauses. Collecting the young generation just before a large page, while almost nothing in
/// it is alive, costs about a millisecond and leaves the page the whole allocation budget. Only when no other page is
/// being extracted, whose document that collection would copy instead. Measured with `scripts/bench lookup` at 1k
/// articles on the workstation collector: p99 124 ms without it (one run), 79–93 ms with it (four runs). From 300 K
/// characters, not 100 K: each forced collection also shrinks the budget the collector gives the next pages, and at
/// 100 K (60 % of the pages) the eval's median page took 16–17 ms instead of 11–14; A/B on the lookup bench at 1k the
/// same hour: 300 K p50 19.3 / p99 100.7–107.4 ms, 100 K p50 24.7 / p99 113–127 ms (a slow hour: bare parse 2.8–3.0 ms).
/// </summary>
internal static class YoungGenerationRoom
{
    /// <summary>Pages from this size up (16 % of wcxb-dev's article pages; the median is 120 K characters).</summary>
    public const int PageChars = 300_000;

    public static bool IsNeeded(int pageChars, int pagesInFlight) => pageChars >= PageChars && pagesInFlight <= 1;

    public static void MakeFor(int pageChars, int pagesInFlight)
    {
        if (IsNeeded(pageChars, pagesInFlight)) GC.Collect(0, GCCollectionMode.Forced, blocking: true);
    }
}
