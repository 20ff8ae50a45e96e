using BiasCompanion.Host.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.SignalR;

namespace BiasCompanion.Host.Api;

/// <summary>
/// A write the store cannot take (disk full, read-only data folder, database locked elsewhere) becomes a 503 problem
/// naming the reason over REST and a hub error with the same words; the hub connection stays open.
/// </summary>
public static class StorageErrors
{
    public const int RetryAfterSeconds = 30;

    /// <summary>Also registers <see cref="RequestErrors"/> (refused request bodies keep their 4xx status).</summary>
    public static IServiceCollection AddStorageErrorMapping(this IServiceCollection services)
    {
        services.AddExceptionHandler<StorageExceptionHandler>();
        services.AddExceptionHandler<RequestErrors>();
        services.AddSingleton<StorageHubFilter>();
        services.Configure<HubOptions>(hub => hub.AddFilter<StorageHubFilter>());
        return services;
    }

    public static string HubMessage(StorageFailure failure) => $"{failure.Title}: {failure.Detail}";

    internal sealed class StorageExceptionHandler(StorageHealth health, IProblemDetailsService problems, ILogger<StorageExceptionHandler> logger)
        : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
        {
            if (health.Report(exception) is not { } failure) return false;
            logger.LogWarning("{Method} {Path} refused: {Title} ({Error})", context.Request.Method, context.Request.Path, failure.Title, exception.Message);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = failure.Title, Detail = failure.Detail },
            });
        }
    }

    internal sealed class StorageHubFilter(StorageHealth health, ILogger<StorageHubFilter> logger) : IHubFilter
    {
        public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
        {
            try
            {
                return await next(invocation);
            }
            catch (Exception error) when (error is not HubException && health.Report(error) is { } failure)
            {
                logger.LogWarning("Hub {Method} refused: {Title} ({Error})", invocation.HubMethodName, failure.Title, error.Message);
                throw new HubException(HubMessage(failure));
            }
        }
    }
}
