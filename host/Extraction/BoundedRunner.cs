using System.Collections.Concurrent;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// Runs extraction work on a few long-lived workers, so a wait can be bounded by a time limit. A worker stuck past its
/// time limit is abandoned (it finishes on its own, its input being size-bounded) and replaced, so capacity is kept; once
/// it finishes, a worker beyond the pool's size retires, and at most <see cref="MaxWorkers"/> ever run at once, so a
/// stream of pathological pages cannot grow the thread count without bound. Work that takes a token is also told to
/// stop when its time is up, so an abandoned page does not keep burning CPU.
/// <para>
/// The workers are thread-pool threads held for good (the pool's minimum is raised by as many, so requests do not wait
/// for it to grow), not threads of their own: SmartReader hands a copy of the page to <see cref="Task.Run(Action)"/> and
/// waits for it, which a pool thread runs inline while any other thread hands it over and spins until the pool picks it
/// up (a fifth of a small page's time). Their stacks are the process's default, set to 16 MB in the project
/// (System.Threading.DefaultStackSize) so deep recursion inside the libraries cannot overflow them.
/// </para>
/// </summary>
internal static class BoundedRunner
{
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
        ReservePoolThreads(+1);
        ThreadPool.UnsafeQueueUserWorkItem(static _ => Loop(), (object?)null, preferLocal: false);
    }

    private static readonly Lock PoolMinimum = new();

    private static void ReservePoolThreads(int change)
    {
        lock (PoolMinimum)
        {
            ThreadPool.GetMinThreads(out var workers, out var io);
            ThreadPool.SetMinThreads(Math.Max(1, workers + change), io);
        }
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
            if (Interlocked.CompareExchange(ref live, now - 1, now) != now) continue;
            ReservePoolThreads(-1);
            return true;
        }
    }
}
