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
}
