using System.Diagnostics;

namespace BiasCompanion.Tests.Hardening;

/// <summary>What a fuzz run saw, safe to add to from several workers: times per kind of input and per mutation, outcomes, memory.</summary>
public sealed class FuzzStats
{
    private readonly object _lock = new();
    private readonly Dictionary<string, List<double>> _byKind = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<double>> _byMutation = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _outcomes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (double Ms, FuzzInput Input)> _slowest = new(StringComparer.Ordinal);
    private long _peakWorkingSet, _peakHeap;

    public int Count { get; private set; }

    /// <summary>Records one input; returns how many have been recorded, this one included.</summary>
    public int Add(FuzzInput input, double ms, string outcome)
    {
        lock (_lock)
        {
            Count++;
            Times(_byKind, input.Kind).Add(ms);
            // Pages only: feeds are fast whatever the mutation, and pages are where the time goes.
            if (!input.IsFeed)
                foreach (var step in input.Mutation.Split('+').Distinct()) Times(_byMutation, step).Add(ms);
            var key = $"{input.Kind}: {outcome}";
            _outcomes[key] = _outcomes.GetValueOrDefault(key) + 1;
            var group = input.IsFeed ? "feed" : "page";
            if (!_slowest.TryGetValue(group, out var slowest) || ms > slowest.Ms) _slowest[group] = (ms, input);
            return Count;
        }
    }

    public string Progress(int total, TimeSpan elapsed, int failures)
    {
        var (workingSet, heap) = SampleMemory();
        lock (_lock)
        {
            var timeouts = _outcomes.Where(o => o.Key.EndsWith("time limit exceeded", StringComparison.Ordinal)).Sum(o => o.Value);
            return $"fuzz: {Count}/{total} inputs, {elapsed.TotalSeconds:F0} s, slowest page {Slowest("page")}, slowest feed {Slowest("feed")}, " +
                   $"time limits hit {timeouts}, failures {failures}, rss {workingSet / 1048576} MB, heap {heap / 1048576} MB";
        }
    }

    public List<string> Summary()
    {
        SampleMemory();
        lock (_lock)
            return
            [
                $"peak rss {_peakWorkingSet / 1048576} MB, peak managed heap {_peakHeap / 1048576} MB (sampled at each progress line and at the end)",
                "per kind (ms): " + string.Join("; ", _byKind.Select(k => $"{k.Key} {Distribution(k.Value)}")),
                "slowest: page " + Slowest("page") + ", feed " + Slowest("feed"),
                "pages by mutation (ms): " + string.Join("; ", _byMutation.OrderByDescending(m => m.Value.Sum()).Select(m => $"{m.Key} {Distribution(m.Value)}")),
                "outcomes: " + string.Join(", ", _outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}")),
            ];
    }

    /// <summary>The process's memory now; the peaks go into the summary.</summary>
    private (long WorkingSet, long Heap) SampleMemory()
    {
        var workingSet = Process.GetCurrentProcess().WorkingSet64;
        var heap = GC.GetTotalMemory(false);
        lock (_lock)
        {
            _peakWorkingSet = Math.Max(_peakWorkingSet, workingSet);
            _peakHeap = Math.Max(_peakHeap, heap);
        }
        return (workingSet, heap);
    }

    private string Slowest(string group) =>
        _slowest.TryGetValue(group, out var s) ? $"{s.Ms:F0} ms ({s.Input.Kind}, {s.Input.Mutation}, {s.Input.Bytes.Length} bytes)" : "-";

    private static string Distribution(List<double> ms)
    {
        var sorted = ms.Order().ToList();
        double At(double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
        return $"n={sorted.Count} p50={At(0.5):F1} p99={At(0.99):F0} max={sorted[^1]:F0} total={sorted.Sum() / 1000:F0}s";
    }

    private static List<double> Times(Dictionary<string, List<double>> map, string key) =>
        map.TryGetValue(key, out var list) ? list : map[key] = [];
}
