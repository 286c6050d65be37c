using System;
using System.Threading;
using System.Threading.Tasks;

namespace CreatingTasks;

public static class StartNewTrap
{
    // <start-new-trap>
    public static async Task Main()
    {
        var releaseSave = new TaskCompletionSource(
            TaskCreationOptions.RunContinuationsAsynchronously);
        bool saved = false;

        // StartNew knows nothing about async lambdas: its task completes when the lambda
        // returns, at the lambda's first await. The lambda's own task is the Result.
        Task<Task> outer = Task.Factory.StartNew(async () =>
        {
            await releaseSave.Task; // stands in for slow I/O
            saved = true;
        }, CancellationToken.None, TaskCreationOptions.None, TaskScheduler.Default);

        Task inner = await outer;
        Console.WriteLine(
            $"awaited StartNew's task: saved = {saved}, inner task = {inner.Status}");

        releaseSave.SetResult();
        await outer.Unwrap(); // a task that completes when the inner task does
        Console.WriteLine($"awaited outer.Unwrap(): saved = {saved}");

        saved = false;
        Task run = Task.Run(async () =>
        {
            await Task.Delay(20);
            saved = true;
        });
        await run; // Task.Run has overloads for async lambdas and unwraps for you
        Console.WriteLine($"awaited Task.Run's task: saved = {saved}");
    }
    // </start-new-trap>
}
