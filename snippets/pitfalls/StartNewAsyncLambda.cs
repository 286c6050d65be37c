// mistake: start-new
// fix: task-run
using System;
using System.IO;
using System.Threading.Tasks;

namespace Pitfalls;

public static class StartNewAsyncLambda
{
    public static async Task Main()
    {
        await WithStartNewAsync();
        await WithTaskRunAsync();
    }

    // <start-new>
    private static async Task WithStartNewAsync()
    {
        var diskFull =
            new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The delegate returns a Task, so StartNew returns a Task<Task>: its own task
        // ends when the lambda returns, at the lambda's first await.
        Task<Task> outer = Task.Factory.StartNew(async () =>
        {
            await diskFull.Task; // stands in for a slow write that ends up failing
            throw new IOException("disk full");
        });

        Task inner = await outer; // no exception, and no waiting for the write
        Console.WriteLine($"StartNew: awaited its task; the work is {inner.Status}");

        diskFull.SetResult();
        await inner.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        string? error = inner.Exception?.InnerException?.Message;
        Console.WriteLine(
            $"StartNew: the work then {inner.Status}: {error}; its task: {outer.Status}");
    }
    // </start-new>

    // <task-run>
    private static async Task WithTaskRunAsync()
    {
        // Task.Run has overloads for delegates that return a Task, and its task ends when
        // that task does.
        Task run = Task.Run(async () =>
        {
            await Task.Delay(20); // stands in for a slow write that ends up failing
            throw new IOException("disk full");
        });

        try
        {
            await run;
        }
        catch (IOException ex)
        {
            Console.WriteLine("Task.Run: awaiting its task waited for the work "
                + $"and threw: {ex.Message}");
        }

        // When you need an option only StartNew has, Unwrap() its result at once: the
        // same effect.
        Task unwrapped = Task.Factory.StartNew(async () =>
        {
            await Task.Delay(20);
            throw new IOException("disk full");
        }).Unwrap();

        try
        {
            await unwrapped;
        }
        catch (IOException ex)
        {
            Console.WriteLine("StartNew(...).Unwrap(): awaiting it waited for the work "
                + $"and threw: {ex.Message}");
        }
    }
    // </task-run>
}
