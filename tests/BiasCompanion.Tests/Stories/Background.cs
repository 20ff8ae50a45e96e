namespace BiasCompanion.Tests.Stories;

/// <summary>Hand-written unrelated news items (no real reporting) that give the matcher a corpus to weigh words against.</summary>
internal static class Background
{
    public static readonly (string Title, string Body)[] Articles =
    [
        ("Local bakery wins regional bread award",
         "A family bakery in the town of Millbrook won the regional bread award on Saturday. The owners said the recipe came from a grandmother in Portugal. Judges praised the crust and the sourdough starter, which is forty years old. The bakery plans to hire two more bakers next month."),
        ("Storm brings heavy snow to mountain passes",
         "Heavy snow closed three mountain passes overnight, and the road authority told drivers to carry chains. Forecasters expect another half metre of snow by Thursday. Ski resorts welcomed the storm after a dry start to the season, while truck drivers waited at the border."),
        ("University researchers test new battery chemistry",
         "Researchers at the state university reported a sodium battery that keeps most of its charge after a thousand cycles. The team said the cells are cheaper than lithium ones but heavier. An industrial partner will build a pilot line next year, according to the lab director."),
        ("City library extends weekend opening hours",
         "The city library will open on Sundays from next month after a campaign by parents and students. The council found money for four extra staff. Librarians said the reading rooms are full on Saturdays and the queue for computers is long."),
        ("Football club appoints new head coach",
         "The football club appointed a new head coach on Monday after a poor run of results. The coach, who previously managed a second division side, signed a two year contract. Supporters gave a mixed welcome at the training ground."),
        ("Central bank keeps interest rates unchanged",
         "The central bank left its main interest rate unchanged on Wednesday, saying inflation is slowing but remains above target. The governor warned that energy prices could rise again in winter. Markets had expected the decision and the currency barely moved."),
        ("Museum returns ancient statues to their country of origin",
         "The national museum returned six ancient statues to the country they were taken from a century ago. A ceremony was held at the embassy. Curators said the return followed two years of research into the collection's records."),
        ("Farmers worry about dry spring",
         "Farmers in the eastern plains say the driest spring in decades threatens the wheat harvest. Irrigation reservoirs are at a third of capacity. The agriculture ministry promised emergency loans and advice on drought resistant seed."),
    ];
}
