using BiasCompanion.Host.Outlets.Import;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BiasCompanion.Host.Outlets;

/// <summary>REST endpoints of the outlet registry under /api/outlets.</summary>
public static class OutletsApi
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 10_000;

    public sealed record OutletList(int Total, int Offset, IReadOnlyList<Outlet> Outlets);

    public sealed record DomainList(int Count, IReadOnlyList<string> Hosts, IReadOnlyList<string> PathScoped);

    /// <summary>Each given label becomes the user's own rating; a missing one is left as it is.</summary>
    public sealed record UserRatingsRequest(string? Bias, string? Factuality);

    public sealed record OutletEditRequest(string? Name, string? Country, string? City, string? Language, string? Owner,
        string? OwnerType, IReadOnlyList<string>? Aliases);

    public static IEndpointRouteBuilder MapOutletsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/outlets").WithTags("Outlets");
        group.MapGet("", List);
        group.MapGet("/domains", Domains);
        group.MapGet("/export", Export);
        group.MapGet("/resolve", (string? url, OutletRegistry registry) => ResolveText(url, registry));
        group.MapGet("/{**domainOrUrl}", (string domainOrUrl, OutletRegistry registry) => ResolveText(domainOrUrl, registry));
        group.MapPut("/{id}/ratings", PutRatings);
        group.MapDelete("/{id}/ratings", DeleteRatings);
        group.MapPatch("/{id}", Edit);
        group.MapPost("/import", ImportAsync);
        return routes;
    }

    private static Results<Ok<OutletList>, ProblemHttpResult> List(OutletRegistry registry, string? country, string? bias,
        string? flag, int? limit, int? offset)
    {
        var take = limit ?? DefaultLimit;
        var skip = offset ?? 0;
        if (take is < 1 or > MaxLimit) return Problem($"limit must be between 1 and {MaxLimit}.");
        if (skip < 0) return Problem("offset must not be negative.");
        if (country is not null && !IsCountryCode(country.ToUpperInvariant())) return Problem("country must be an ISO 3166-1 alpha-2 code, e.g. GB.");
        BiasLabel? wanted = null;
        if (bias is not null)
        {
            if (!RatingVocabulary.TryParseBias(bias, out var label)) return Problem("bias must be one of Left, Lean Left, Center, Lean Right, Right.");
            wanted = label;
        }
        var matches = registry.All
            .Where(o => country is null || o.Country.Equals(country, StringComparison.OrdinalIgnoreCase))
            .Where(o => wanted is null || o.Bias == wanted)
            .Where(o => flag is null || o.Flags.Contains(flag, StringComparer.OrdinalIgnoreCase))
            .ToList();
        return TypedResults.Ok(new OutletList(matches.Count, skip, matches.Skip(skip).Take(take).ToList()));
    }

    private static Ok<DomainList> Domains(OutletRegistry registry)
    {
        var index = registry.Index;
        return TypedResults.Ok(new DomainList(index.KnownHosts.Count, index.KnownHosts, index.PathScopedDomains));
    }

    private static Ok<OutletUserData> Export(OutletEditor editor) => TypedResults.Ok(editor.Export());

    private static Results<Ok<OutletResolution>, ProblemHttpResult> ResolveText(string? domainOrUrl, OutletRegistry registry)
    {
        if (string.IsNullOrWhiteSpace(domainOrUrl)) return Problem("Give a domain or url.");
        if (domainOrUrl.Length > OutletUrl.MaxLength) return Problem("The url is too long.");
        // A url pasted into the path may arrive with its slashes still percent-encoded.
        var text = domainOrUrl.Contains('%') ? Uri.UnescapeDataString(domainOrUrl) : domainOrUrl;
        var resolution = registry.Resolve(text);
        return resolution.RegistrableDomain.Length == 0 && resolution.Outlet is null
            ? Problem($"'{Clip(text)}' is not a url or domain.")
            : TypedResults.Ok(resolution);
    }

    private static Results<Ok<Outlet>, ProblemHttpResult> PutRatings(string id, UserRatingsRequest? request, OutletEditor editor)
    {
        if (request is null || (request.Bias is null && request.Factuality is null))
            return Problem("Give bias and/or factuality.");
        BiasLabel? bias = null;
        Factuality? factuality = null;
        if (request.Bias is not null)
        {
            if (!RatingVocabulary.TryParseBias(request.Bias, out var b)) return Problem("bias must be one of Left, Lean Left, Center, Lean Right, Right.");
            bias = b;
        }
        if (request.Factuality is not null)
        {
            if (!RatingVocabulary.TryParseFactuality(request.Factuality, out var f))
                return Problem("factuality must be one of Very High, High, Mostly Factual, Mixed, Low, Very Low.");
            factuality = f;
        }
        return editor.SetUserRatings(id, bias, factuality) is { } outlet ? TypedResults.Ok(outlet) : NotFound(id);
    }

    private static Results<Ok<Outlet>, ProblemHttpResult> DeleteRatings(string id, OutletEditor editor) =>
        editor.ClearUserRatings(id) is { } outlet ? TypedResults.Ok(outlet) : NotFound(id);

    private static Results<Ok<Outlet>, ProblemHttpResult> Edit(string id, OutletEditRequest? request, OutletEditor editor)
    {
        if (request is null) return Problem("Give the fields to change.");
        if (request.Country is not null && !IsCountryCode(request.Country)) return Problem("country must be an ISO 3166-1 alpha-2 code, e.g. GB.");
        OwnerType? ownerType = null;
        if (request.OwnerType is not null)
        {
            if (!Enum.TryParse<OwnerType>(request.OwnerType.Replace(" ", "").Replace("-", ""), ignoreCase: true, out var t) || !Enum.IsDefined(t))
                return Problem("ownerType must be one of " + string.Join(", ", Enum.GetNames<OwnerType>()) + ".");
            ownerType = t;
        }
        foreach (var text in new[] { request.Name, request.City, request.Language, request.Owner })
            if (text is { Length: > ImportLimits.MaxNameLength }) return Problem("A field is too long.");
        if (request.Aliases is { } aliases && (aliases.Count > 50 || aliases.Any(a => !OutletUrl.TrySplit(a, out _, out _, out _))))
            return Problem("aliases must be at most 50 hosts.");
        var edits = new UserOutletRow
        {
            Id = id, Name = request.Name, Country = request.Country, City = request.City, Language = request.Language,
            Owner = request.Owner, OwnerType = ownerType, Aliases = request.Aliases,
        };
        return editor.Edit(id, edits) is { } outlet ? TypedResults.Ok(outlet) : NotFound(id);
    }

    private static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> ImportAsync(string? format, HttpRequest request,
        OutletImporter importer, CancellationToken cancellation)
    {
        if (!ImportLimits.TryParseFormat(format, out var parsedFormat)) return Problem("format must be allsides, mbfc or opml.");
        using var body = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await request.Body.ReadAsync(chunk, cancellation)) > 0)
        {
            if (body.Length + n > ImportLimits.MaxBytes)
                return Problem($"The file is larger than {ImportLimits.MaxBytes / (1024 * 1024)} MiB.", StatusCodes.Status413PayloadTooLarge);
            body.Write(chunk, 0, n);
        }
        body.Position = 0;
        try
        {
            return TypedResults.Ok(importer.Import(body, parsedFormat));
        }
        catch (ImportRejectedException e)
        {
            return Problem("The file was refused: " + e.Message + ".");
        }
    }

    private static bool IsCountryCode(string text) => text.Length == 2 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]);

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem($"No outlet has the id '{Clip(id)}'.", statusCode: StatusCodes.Status404NotFound, title: "Unknown outlet");

    private static ProblemHttpResult Problem(string detail, int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Problem(detail, statusCode: status);

    private static string Clip(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
