using System;
using System.Threading;
using System.Threading.Tasks;

namespace CoreConcepts;

public static class WhereContinuationsRun
{
    // <where-continuations-run>
    public static async Task Main()
    {
        // An ordinary TaskCompletionSource: SetResult runs the waiting method itself.
        var plain = new TaskCompletionSource();
        Task<Resumed> waiter = ResumeAsync(plain.Task);
        Thread setter = CompleteOnNewThread(plain);
        Resumed resumed = await waiter;
        Console.WriteLine("plain: " +
                          $"on the setter's thread: {resumed.Thread == setter}, " +
                          $"a pool thread: {resumed.OnPool}");

        // RunContinuationsAsynchronously: SetResult queues the waiting method instead.
        var queued = new TaskCompletionSource(
            TaskCreationOptions.RunContinuationsAsynchronously);
        waiter = ResumeAsync(queued.Task);
        setter = CompleteOnNewThread(queued);
        resumed = await waiter;
        Console.WriteLine("RunContinuationsAsynchronously: " +
                          $"on the setter's thread: {resumed.Thread == setter}, " +
                          $"a pool thread: {resumed.OnPool}");

        // A SynchronizationContext current at the await: the rest is posted to it.
        var context = new CountingContext();
        var posted = new TaskCompletionSource();
        waiter = ResumeUnder(context, posted.Task);
        setter = CompleteOnNewThread(posted);
        resumed = await waiter;
        Console.WriteLine($"captured context: posted to it: {context.Posts == 1}, " +
                          $"on the setter's thread: {resumed.Thread == setter}");
    }

    private sealed record Resumed(Thread Thread, bool OnPool);

    private static async Task<Resumed> ResumeAsync(Task signal)
    {
        await signal; // where the rest runs depends on how `signal` completes
        return new(Thread.CurrentThread, Thread.CurrentThread.IsThreadPoolThread);
    }

    private static Task<Resumed> ResumeUnder(
        SynchronizationContext context, Task signal)
    {
        SynchronizationContext? previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(context);
        try
        {
            return ResumeAsync(signal); // its await captures `context`
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private static Thread CompleteOnNewThread(TaskCompletionSource source)
    {
        var setter = new Thread(() => source.SetResult());
        setter.Start();
        setter.Join(); // with a plain source, the waiting method has run by now
        return setter;
    }

    // Counts what is posted to it, then runs it on the pool (the base class's Post).
    private sealed class CountingContext : SynchronizationContext
    {
        private int _posts;

        public int Posts => Volatile.Read(ref _posts);

        public override void Post(SendOrPostCallback callback, object? state)
        {
            Interlocked.Increment(ref _posts);
            base.Post(callback, state);
        }
    }
    // </where-continuations-run>
}
