using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Coordination;

public static class OneShotEvent
{
    // <one-shot-event>
    public static async Task Main()
    {
        var configLoaded = new TaskCompletionSource(
            TaskCreationOptions.RunContinuationsAsynchronously);
        int released = 0;

        Task[] workers = [.. Enumerable.Range(1, 3).Select(async _ =>
        {
            await configLoaded.Task; // every waiter awaits the same task
            Interlocked.Increment(ref released);
        })];

        await Task.Delay(20);
        Console.WriteLine(
            $"before the event: {Volatile.Read(ref released)} workers released");

        configLoaded.SetResult();
        await Task.WhenAll(workers);
        Console.WriteLine($"after the event: {released} workers released");

        // A task completes only once: TrySetResult reports that, SetResult throws.
        Console.WriteLine($"TrySetResult again: {configLoaded.TrySetResult()}");
        try
        {
            configLoaded.SetResult();
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("SetResult again: InvalidOperationException");
        }

        // A late waiter does not wait at all: the task is already complete.
        Console.WriteLine(
            $"late waiter sees IsCompleted: {configLoaded.Task.IsCompleted}");
    }
    // </one-shot-event>
}
