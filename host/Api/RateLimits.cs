using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace BiasCompanion.Host.Api;

public static class RateLimits
{
    public const string AnalyzePolicy = "analyze";

    /// <summary>REST lookups: "BiasCompanion:RateLimit:PerMinute" (default 120); over it, 429 with Retry-After.</summary>
    public static IServiceCollection AddApiRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = Math.Max(1, configuration.GetValue("BiasCompanion:RateLimit:PerMinute", 120));
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddFixedWindowLimiter(AnalyzePolicy, window =>
            {
                window.PermitLimit = perMinute;
                window.Window = TimeSpan.FromMinutes(1);
                window.QueueLimit = 0;
            });
            options.OnRejected = async (context, cancellation) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await TypedResults.Problem("Too many lookups: wait a minute and try again.", statusCode: 429, title: "Rate limited")
                    .ExecuteAsync(context.HttpContext);
            };
        });
    }
}
