using System.Collections.Concurrent;

namespace BiasCompanion.Host.Extraction;

/// <summary>
/// Runs extraction work on a few long-lived threads with large stacks, so a wait can be bounded by a time limit and
/// deep recursion inside the libraries cannot overflow a request thread. A worker stuck past its time limit is
/// abandoned (it finishes on its own, its input being size-bounded) and replaced, so capacity is kept.
/// </summary>
internal static class BoundedRunner
{
    private const int StackBytes = 16 * 1024 * 1024;
    private static readonly BlockingCollection<Job> Queue = new();
    private static int started;

    private sealed class Job(Func<ExtractedArticle> work)
    {
        public Func<ExtractedArticle> Work { get; } = work;
        public ExtractedArticle? Result;
        public Exception? Failure;
        public readonly ManualResetEventSlim Done = new(false);
    }

    /// <summary>The work's result, or null when it did not finish within <paramref name="timeoutMs"/>.</summary>
    public static ExtractedArticle? Run(Func<ExtractedArticle> work, int timeoutMs, out Exception? failure)
    {
        EnsureWorkers();
        var job = new Job(work);
        Queue.Add(job);
        if (!job.Done.Wait(Math.Max(0, timeoutMs)))
        {
            StartWorker(); // the busy worker may be stuck on this job; keep the pool's capacity
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
            for (var i = 0; i < Math.Max(2, Environment.ProcessorCount); i++) StartWorker();
        }
    }

    private static void StartWorker()
    {
        Interlocked.Increment(ref started);
        new Thread(Loop, StackBytes) { IsBackground = true, Name = "article-extraction" }.Start();
    }

    private static void Loop()
    {
        foreach (var job in Queue.GetConsumingEnumerable())
        {
            try { job.Result = job.Work(); }
            catch (Exception ex) { job.Failure = ex; }
            try { job.Done.Set(); } catch (ObjectDisposedException) { }
        }
    }
}
