using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BiasCompanion.Host.Security;

public static class PairingApi
{
    public sealed record Paired(string? Origin);
    public sealed record NewCode(string Code);

    public static IEndpointRouteBuilder MapPairingApi(this IEndpointRouteBuilder routes)
    {
        // The host's own page posts the code here once; the cookie then authenticates its later requests.
        routes.MapPost("/pair", Task<IResult> (HttpRequest request, HttpResponse response, PairingToken token) =>
            PairPageAsync(request, response, token)).DisableAntiforgery();

        var pairing = routes.MapGroup("/api/pairing");
        pairing.MapPost("/", Pair);
        pairing.MapPost("/rotate", Rotate);
        return routes;
    }

    private static async Task<IResult> PairPageAsync(HttpRequest request, HttpResponse response, PairingToken token)
    {
        if (!request.HasFormContentType)
            return TypedResults.Problem("Post the form field 'code'.", statusCode: 400, title: "Invalid pairing request");
        var form = await request.ReadFormAsync();
        if (!token.Matches(form["code"].ToString()))
            return TypedResults.Problem("That pairing code is not this host's.", statusCode: 401, title: "Wrong pairing code");
        response.Cookies.Append(LocalApiGuard.CookieName, token.Code, new CookieOptions
        {
            HttpOnly = true,
            SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict,
            Secure = false, // loopback http only
            Path = "/",
            MaxAge = TimeSpan.FromDays(400),
        });
        return TypedResults.Redirect("/", permanent: false);
    }

    /// <summary>Called by an extension with the token: its origin is allowed from then on without it.</summary>
    private static Results<Ok<Paired>, ProblemHttpResult> Pair(HttpRequest request, AllowedOrigins origins)
    {
        var origin = request.Headers[HeaderNames.Origin].ToString();
        if (origin.Length == 0) return TypedResults.Ok(new Paired(null)); // a script: the token is all it needs
        return origins.TryAdd(origin)
            ? TypedResults.Ok(new Paired(origin))
            : TypedResults.Problem("Only browser-extension origins can be paired.", statusCode: 400, title: "Invalid origin");
    }

    private static Ok<NewCode> Rotate(PairingToken token, AllowedOrigins origins, IOptions<SecurityOptions> options)
    {
        token.Rotate();
        origins.ClearPaired(options);
        return TypedResults.Ok(new NewCode(token.Code));
    }
}
