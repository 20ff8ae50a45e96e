using BiasCompanion.Host.Coverage.KeyPoints;

namespace BiasCompanion.Tests.Coverage.KeyPoints;

/// <summary>A hand-written story told by four outlets (two left, one center, one right) with overlapping facts.</summary>
public static class BridgeStory
{
    public const string BudgetLeft = "The Riverton city council approved a $12 million budget for the new Elm River bridge on Tuesday.";
    public const string BudgetCenter = "On Tuesday the Riverton council voted to approve $12 million for the Elm River bridge.";
    public const string BudgetRight = "Riverton's council approved the $12 million Elm River bridge budget in a Tuesday vote.";
    public const string MayorLeft = "Mayor Jane Okafor said the bridge would cut commuting times across Riverton by 20 minutes.";
    public const string MayorCenter = "The bridge will shorten commutes by about 20 minutes, Mayor Jane Okafor told reporters.";
    public const string WetlandsLeft = "Environmental groups warned that construction could destroy the wetlands and heron nesting grounds downstream.";
    public const string WetlandsLeft2 = "Conservationists fear the construction will destroy wetlands where herons nest downstream of the site.";
    public const string OverrunsRight = "Taxpayer advocates pointed to cost overruns on the council's last three infrastructure projects.";
    public const string ScheduleCenter = "Construction is scheduled to begin in March 2026 and last roughly two years.";
    public const string ScheduleRight = "Crews will begin construction in March 2026, with the work expected to take two years.";

    public const long Left1 = 1, Left2 = 2, Center = 3, Right = 4;

    public static IReadOnlyList<KeyPointSource> Sources(DateTimeOffset? start = null)
    {
        var t = start ?? new DateTimeOffset(2026, 1, 13, 15, 0, 0, TimeSpan.Zero);
        return
        [
            new(Left1, "leftdaily.example", Sides.Left, "Riverton approves $12m Elm River bridge despite wetlands fears", null,
                string.Join(" ", BudgetLeft, MayorLeft, WetlandsLeft), "en", t),
            new(Left2, "greenpost.example", Sides.Left, "Wetlands at risk as Riverton bridge gets the green light", null,
                string.Join(" ", WetlandsLeft2, "The council vote on Tuesday cleared the $12 million Elm River bridge project."), "en", t.AddHours(3)),
            new(Center, "wire.example", Sides.Center, "Riverton council approves $12 million Elm River bridge", BudgetCenter,
                string.Join("\n", BudgetCenter, MayorCenter, ScheduleCenter), "en", t.AddHours(1)),
            new(Right, "rightnews.example", Sides.Right, "Riverton council okays $12 million bridge as taxpayers fret", null,
                string.Join(" ", BudgetRight, ScheduleRight, OverrunsRight), "en", t.AddHours(26)),
        ];
    }
}
