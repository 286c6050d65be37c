using System;
using System.Threading;
using System.Threading.Tasks;

namespace BlockingAndCpuWork;

public static class LongRunningTask
{
    // <long-running-task>
    public static async Task Main()
    {
        // LongRunning asks the default scheduler for a dedicated thread
        // instead of a pool thread.
        Task<string> blockingLoop = Task.Factory.StartNew(
            () =>
            {
                bool pool = Thread.CurrentThread.IsThreadPoolThread;
                Thread.Sleep(20); // stands in for a blocking loop, e.g. a port read
                return $"synchronous delegate: ran on a pool thread: {pool}";
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        Console.WriteLine(await blockingLoop);

        // With an async delegate the dedicated thread is only used until the first await.
        Task<string> asyncLoop = Task.Factory.StartNew(
            async () =>
            {
                bool before = Thread.CurrentThread.IsThreadPoolThread;
                await Task.Delay(10);
                bool after = Thread.CurrentThread.IsThreadPoolThread;
                return "async delegate: pool thread before the first await: " +
                    $"{before}, after it: {after}";
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default).Unwrap();
        Console.WriteLine(await asyncLoop);
    }
    // </long-running-task>
}
