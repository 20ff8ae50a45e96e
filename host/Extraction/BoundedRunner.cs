using System.Collections.Concurrent;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// Runs extraction work on a few long-lived threads with large stacks, so a wait can be bounded by a time limit and
/// deep recursion inside the libraries cannot overflow a request thread. A worker stuck past its time limit is
/// abandoned (it finishes on its own, its input being size-bounded) and replaced, so capacity is kept; once it
/// finishes, a worker beyond the pool's size retires, and at most <see cref="MaxWorkers"/> ever run at once, so a
/// stream of pathological pages cannot grow the thread count without bound. Work that takes a token is also told to
/// stop when its time is up, so an abandoned page does not keep burning CPU.
/// </summary>
internal static class BoundedRunner
{
    private const int StackBytes = 16 * 1024 * 1024;
    private static readonly BlockingCollection<Job> Queue = new();
    private static readonly int PoolSize = Math.Max(2, Environment.ProcessorCount);
    private static readonly int MaxWorkers = 4 * PoolSize;
    private static int started;
    private static int live;

    /// <summary>Worker threads alive now (for tests and diagnostics).</summary>
    internal static int LiveWorkers => Volatile.Read(ref live);

    private sealed class Job(Func<CancellationToken, ExtractedArticle> work)
    {
        public const int Queued = 0, Running = 1, Abandoned = 2;
        public int State = Queued;
        public Func<CancellationToken, ExtractedArticle> Work { get; } = work;
        // Never disposed: it has no timer, and the worker may still read it after the waiter has given up.
        public readonly CancellationTokenSource Stop = new();
        public ExtractedArticle? Result;
        public Exception? Failure;
        public readonly ManualResetEventSlim Done = new(false);
    }

    /// <summary>The work's result, or null when it did not finish within <paramref name="timeoutMs"/>.</summary>
    public static ExtractedArticle? Run(Func<ExtractedArticle> work, int timeoutMs, out Exception? failure) =>
        Run(_ => work(), timeoutMs, out failure);

    /// <summary>
    /// As <see cref="Run(Func{ExtractedArticle}, int, out Exception?)"/>; the token is cancelled when the time is up, and
    /// work that stops by throwing <see cref="OperationCanceledException"/> then counts as timed out, not failed.
    /// </summary>
    public static ExtractedArticle? Run(Func<CancellationToken, ExtractedArticle> work, int timeoutMs, out Exception? failure)
    {
        EnsureWorkers();
        var job = new Job(work);
        Queue.Add(job);
        if (!job.Done.Wait(Math.Max(0, timeoutMs)))
        {
            job.Stop.Cancel();
            // Still queued: it will be skipped. Already running: its worker may be stuck, so add one (within the cap).
            if (Interlocked.CompareExchange(ref job.State, Job.Abandoned, Job.Queued) == Job.Running
                && Volatile.Read(ref live) < MaxWorkers)
                StartWorker();
            failure = null;
            return null;
        }
        job.Done.Dispose();
        failure = job.Failure;
        return job.Result;
    }

    private static void EnsureWorkers()
    {
        if (Volatile.Read(ref started) > 0) return;
        lock (Queue)
        {
            if (started > 0) return;
            for (var i = 0; i < PoolSize; i++) StartWorker();
        }
    }

    private static void StartWorker()
    {
        Interlocked.Increment(ref started);
        Interlocked.Increment(ref live);
        new Thread(Loop, StackBytes) { IsBackground = true, Name = "article-extraction" }.Start();
    }

    private static void Loop()
    {
        foreach (var job in Queue.GetConsumingEnumerable())
        {
            if (Interlocked.CompareExchange(ref job.State, Job.Running, Job.Queued) != Job.Queued) continue; // timed out waiting
            try { job.Result = job.Work(job.Stop.Token); }
            catch (OperationCanceledException) when (job.Stop.IsCancellationRequested) { }
            catch (Exception ex) { job.Failure = ex; }
            try { job.Done.Set(); } catch (ObjectDisposedException) { }
            if (RetireIfSurplus()) return;
        }
    }

    /// <summary>A worker that finds the pool above its size (after a stuck job was replaced) leaves it.</summary>
    private static bool RetireIfSurplus()
    {
        while (true)
        {
            var now = Volatile.Read(ref live);
            if (now <= PoolSize) return false;
            if (Interlocked.CompareExchange(ref live, now - 1, now) == now) return true;
        }
    }
}
