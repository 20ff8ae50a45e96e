using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace BiasCompanion.Host.Coverage.Summary;

/// <summary>
/// Asks the user's local LLM server for a summary of a story's key points, in the background, once per story version.
/// A report carries the summary once it is ready (watchers are then told); until then, or when the server is off or
/// answers nonsense, the key points alone are the summary.
/// </summary>
public sealed class LocalLlmSummaries : IDisposable
{
    private const int MaxCached = 512;
    private readonly SummaryOptions _options;
    private readonly IServiceProvider _services;
    private readonly ILogger<LocalLlmSummaries> _logger;
    private readonly HttpClient _client = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly ConcurrentDictionary<(long Story, int Points), Task<GeneratedSummary?>> _runs = new();
    private readonly Uri? _endpoint;

    // The notifier is looked up when needed: it builds reports, and reports read summaries.
    public LocalLlmSummaries(IOptions<SummaryOptions> options, IServiceProvider services, ILogger<LocalLlmSummaries> logger)
    {
        (_options, _services, _logger) = (options.Value, services, logger);
        if (!_options.Enabled) return;
        if (Uri.TryCreate(_options.Endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && IsLocal(uri))
            _endpoint = uri;
        else
            _logger.LogWarning("BiasCompanion:Summary:Endpoint '{Endpoint}' is not an http(s) address on this machine; generated summaries are off.", _options.Endpoint);
    }

    /// <summary>The summary of these key points if it is ready; otherwise starts it (when configured) and returns null.</summary>
    public GeneratedSummary? TryGet(long storyId, IReadOnlyList<KeyPoint> points)
    {
        if (_endpoint is null || points.Count == 0) return null;
        var key = (storyId, Fingerprint(points));
        if (_runs.Count > MaxCached) _runs.Clear();
        var run = _runs.GetOrAdd(key, _ => GenerateAsync(storyId, points.ToList()));
        return run.IsCompletedSuccessfully ? run.Result : null;
    }

    private async Task<GeneratedSummary?> GenerateAsync(long storyId, List<KeyPoint> points)
    {
        await Task.Yield();
        var summary = GroundedSummary.From(await CompleteAsync(points), points, _options.Model);
        if (summary is not null)
        {
            try { await _services.GetRequiredService<ICoverageNotifier>().StoryChangedAsync(storyId, []); }
            catch (Exception error) { _logger.LogWarning(error, "Could not push the summary of story {Story}", storyId); }
        }
        return summary;
    }

    private async Task<string?> CompleteAsync(List<KeyPoint> points)
    {
        var (system, user) = GroundedSummary.Prompt(points);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        try
        {
            using var response = await _client.PostAsJsonAsync(_endpoint, new
            {
                model = _options.Model,
                temperature = 0.2,
                max_tokens = _options.MaxTokens,
                messages = new[] { new { role = "system", content = system }, new { role = "user", content = user } },
            }, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                _logger.LogInformation("The local LLM answered {Status}; keeping the key points alone.", (int)response.StatusCode);
                return null;
            }
            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            var body = new byte[_options.MaxResponseBytes];
            var length = 0;
            int read;
            while (length < body.Length && (read = await stream.ReadAsync(body.AsMemory(length), timeout.Token)) > 0) length += read;
            if (length == body.Length) return null; // larger than any sane chat answer
            using var json = JsonDocument.Parse(body.AsMemory(0, length));
            return json.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString();
        }
        catch (Exception error) when (error is HttpRequestException or OperationCanceledException or JsonException
                                          or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            _logger.LogInformation("No summary from the local LLM ({Error}); keeping the key points alone.", error.Message);
            return null;
        }
    }

    private static bool IsLocal(Uri uri) =>
        uri.IsLoopback || IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);

    private static int Fingerprint(IReadOnlyList<KeyPoint> points)
    {
        var hash = new HashCode();
        foreach (var point in points) hash.Add(point.Text, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    public void Dispose() => _client.Dispose();
}
