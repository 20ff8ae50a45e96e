using System.Text.Json;

namespace BiasCompanion.Host.Outlets;

/// <summary>One outlet as written in Data/outlets.json.</summary>
public sealed record ShippedOutletEntry
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string PrimaryDomain { get; init; } = "";
    public List<string> Aliases { get; init; } = [];
    public string Country { get; init; } = "";
    public string? City { get; init; }
    public string? Language { get; init; }
    public string? Owner { get; init; }
    public OwnerType? OwnerType { get; init; }
    public List<string> Feeds { get; init; } = [];
    public List<OutletRating> Ratings { get; init; } = [];
    public List<string> Flags { get; init; } = [];
}

/// <summary>The registry file shipped inside the host assembly (Data/outlets.json, an embedded resource).</summary>
public sealed record ShippedOutletFile(string Version, IReadOnlyList<ShippedOutletEntry> Outlets)
{
    private const string ResourceName = "BiasCompanion.Host.Outlets.Data.outlets.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record FileShape(string? Version, List<ShippedOutletEntry>? Outlets);

    public static ShippedOutletFile LoadEmbedded()
    {
        using var stream = typeof(ShippedOutletFile).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return Load(stream);
    }

    public static ShippedOutletFile Load(Stream stream)
    {
        var shape = JsonSerializer.Deserialize<FileShape>(stream, Json)
                    ?? throw new InvalidDataException("The outlet file is empty.");
        return new ShippedOutletFile(shape.Version ?? "", shape.Outlets ?? []);
    }
}
