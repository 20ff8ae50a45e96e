using System.Buffers;
using AngleSharp.Dom;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// Elements whose class or id says they show today's date: a site header's clock, printed on every page on the day it
/// is served, never a date the page states about itself.
/// </summary>
public static class ClockElements
{
    private static readonly SearchValues<string> Words = SearchValues.Create(
        ["todays-date", "todays_date", "todaysdate", "today-date", "today_date", "todaydate", "date-today", "datetoday",
         "current-date", "current_date", "currentdate", "current-time", "current_time", "currenttime"],
        StringComparison.OrdinalIgnoreCase);

    public static bool Names(string? classOrId) => !string.IsNullOrEmpty(classOrId) && classOrId.AsSpan().ContainsAny(Words);

    public static bool Is(IElement e) => Names(e.GetAttribute("class")) || Names(e.Id);
}
