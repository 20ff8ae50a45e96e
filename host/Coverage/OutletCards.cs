using System.Text.Json;
using BiasCompanion.Host.Outlets;

namespace BiasCompanion.Host.Coverage;

/// <summary>Turns registry outlets into the report's outlet cards (labels as kebab-case strings).</summary>
public static class OutletCards
{
    public static OutletCard From(OutletResolution resolution, string fallbackDomain)
    {
        if (resolution.Outlet is not { } outlet)
        {
            var domain = resolution.RegistrableDomain.Length > 0 ? resolution.RegistrableDomain : fallbackDomain;
            return new OutletCard { Name = domain, Domain = domain, Known = false };
        }
        return new OutletCard
        {
            Id = outlet.Id,
            Name = outlet.Name,
            Domain = outlet.PrimaryDomain,
            Known = true,
            Bias = Label(outlet.Bias),
            Ratings = outlet.Ratings.Select(r => new RatingCard(r.Dimension, r.Value, r.Source, r.RetrievedAt)).ToList(),
            Factuality = Label(outlet.Factuality),
            Owner = outlet.Owner,
            OwnerType = Label(outlet.OwnerType),
            Country = outlet.Country,
            City = outlet.City,
            Flags = outlet.Flags,
        };
    }

    public static string? Label<T>(T? value) where T : struct, Enum =>
        value is { } v ? JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()) : null;
}
