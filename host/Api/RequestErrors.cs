using Microsoft.AspNetCore.Diagnostics;

namespace BiasCompanion.Host.Api;

/// <summary>
/// A request Kestrel refuses while an endpoint reads it (a body over the size limit, a malformed body) keeps its own
/// status — 413 for an oversized page — instead of becoming a 500.
/// </summary>
internal sealed class RequestErrors(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Bad request",
                Detail = bad.Message,
            },
        });
    }
}
