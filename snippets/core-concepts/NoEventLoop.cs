using System;
using System.Threading;
using System.Threading.Tasks;

namespace CoreConcepts;

public static class NoEventLoop
{
    // <no-event-loop>
    public static async Task Main()
    {
        // A console app installs nothing for continuations to be posted back to.
        bool noContext = SynchronizationContext.Current is null;
        Console.WriteLine($"SynchronizationContext.Current is null: {noContext}");
        Console.WriteLine("TaskScheduler.Current is the thread pool's: "
            + $"{TaskScheduler.Current == TaskScheduler.Default}");

        // Start an async method on a thread of our own, and let that thread end before
        // the method resumes.
        TaskCompletionSource resume = new(
            TaskCreationOptions.RunContinuationsAsynchronously);
        Task<string>? report = null;
        Thread starter = new(() => report = ReportThreadsAsync(resume.Task));
        starter.Start();
        starter.Join();
        Console.WriteLine($"the starting thread has ended: {!starter.IsAlive}");

        resume.SetResult();
        Console.WriteLine(await report!);
    }

    private static async Task<string> ReportThreadsAsync(Task resume)
    {
        Thread startedOn = Thread.CurrentThread;
        await resume; // the starting thread leaves here; nothing waits for it to return
        return $"resumed on the starting thread: {Thread.CurrentThread == startedOn}, " +
               $"on a pool thread: {Thread.CurrentThread.IsThreadPoolThread}";
    }
    // </no-event-loop>
}
