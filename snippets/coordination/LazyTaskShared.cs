using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Coordination;

public static class LazyTaskShared
{
    // <lazy-task-shared>
    private sealed record Settings(int TimeoutSeconds);

    public static async Task Main()
    {
        const int callers = 10;
        int loads = 0;
        TaskCompletionSource release = new(
            TaskCreationOptions.RunContinuationsAsynchronously);

        // The Lazy holds the task, not the value: the first caller starts the load, and
        // everyone, then and later, gets the same task.
        Lazy<Task<Settings>> settings = new(async () =>
        {
            Interlocked.Increment(ref loads);
            await release.Task; // the load cannot finish before every caller has asked
            return new Settings(TimeoutSeconds: 30);
        });

        int asked = 0;
        TaskCompletionSource allAsked = new(
            TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<Settings> CallAsync()
        {
            Task<Settings> loading = settings.Value;
            if (Interlocked.Increment(ref asked) == callers)
            {
                allAsked.SetResult();
            }

            return await loading;
        }

        Task<Settings>[] calls =
            [.. Enumerable.Range(0, callers).Select(_ => Task.Run(CallAsync))];

        await allAsked.Task; // all ten asked while the load was still running
        release.SetResult();
        Settings[] results = await Task.WhenAll(calls);

        Console.WriteLine($"callers: {results.Length}, loads: {loads}");
        bool one = results.All(r => object.ReferenceEquals(r, results[0]));
        Console.WriteLine($"all got the same object: {one}");
        Console.WriteLine($"a later call, completed: {settings.Value.IsCompleted}");
    }
    // </lazy-task-shared>
}
