using System.Runtime.CompilerServices;
using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

public class BoundedRunnerTests
{
    [Fact]
    public async Task Workers_abandoned_past_their_time_limit_retire_once_done_so_the_pool_does_not_grow()
    {
        var article = new ExtractedArticle { Url = "https://x.example/" };
        // The jobs cannot finish before the gate opens, so none can beat its limit however slow the machine is.
        using var gate = new ManualResetEventSlim();
        var stuck = Enumerable.Range(0, 40)
            .Select(i => BoundedRunner.Run(() => { gate.Wait(); return article; }, 5, out _))
            .ToList();
        Assert.All(stuck, Assert.Null); // every one ran past its limit

        var poolSize = Math.Max(2, Environment.ProcessorCount);
        Assert.True(BoundedRunner.LiveWorkers <= 4 * poolSize, $"{BoundedRunner.LiveWorkers} workers at once");
        gate.Set();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (BoundedRunner.LiveWorkers > poolSize && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.Equal(poolSize, BoundedRunner.LiveWorkers);
        Assert.Same(article, BoundedRunner.Run(() => article, 5000, out _)); // and the pool still works
    }

    [Fact]
    public void Work_has_room_for_deep_recursion()
    {
        var frames = 0;
        BoundedRunner.Run(_ => { frames = KilobyteFramesUntilTheStackRunsLow(12_000); return new ExtractedArticle { Url = "https://x.example/" }; }, 30_000, out var failure);
        Assert.Null(failure);
        // 12 MB: more than a thread gets by default (8 MB on Linux, 1.5 MB elsewhere).
        Assert.True(frames >= 12_000, $"only {frames} KB of stack");
    }

    [Fact]
    public void Work_handed_to_the_pool_and_waited_for_runs_inline_on_the_worker()
    {
        // What SmartReader does with its copy of the page; on a thread of its own this waits for another thread.
        var inline = 0;
        for (var i = 0; i < 20; i++)
            BoundedRunner.Run(_ =>
            {
                var worker = Environment.CurrentManagedThreadId;
                var handedOver = Task.Run(() => Environment.CurrentManagedThreadId);
                handedOver.Wait(CancellationToken.None);
                if (handedOver.Result == worker) inline++;
                return new ExtractedArticle { Url = "https://x.example/" };
            }, 30_000, out _);
        // An idle pool thread may steal one now and then; none would run inline without it.
        Assert.True(inline >= 15, $"{inline} of 20 ran inline");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int KilobyteFramesUntilTheStackRunsLow(int max)
    {
        Span<byte> frame = stackalloc byte[1024];
        frame[0] = 1;
        if (max == 0 || !RuntimeHelpers.TryEnsureSufficientExecutionStack()) return frame[0] - 1;
        return frame[0] + KilobyteFramesUntilTheStackRunsLow(max - 1);
    }
}
