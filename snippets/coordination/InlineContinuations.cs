using System;
using System.Threading;
using System.Threading.Tasks;

namespace Coordination;

public static class InlineContinuations
{
    // <inline-continuations>
    [ThreadStatic] private static bool t_insideSetResult;

    public static async Task Main()
    {
        bool inside = await ResumedInsideSetResultAsync(TaskCreationOptions.None);
        Console.WriteLine($"default options: waiter resumed inside SetResult: {inside}");
        inside = await ResumedInsideSetResultAsync(
            TaskCreationOptions.RunContinuationsAsynchronously);
        Console.WriteLine(
            $"RunContinuationsAsynchronously: waiter resumed inside SetResult: {inside}");
    }

    private static async Task<bool> ResumedInsideSetResultAsync(
        TaskCreationOptions options)
    {
        var signal = new TaskCompletionSource(options);
        Task<bool> waiter = WaitForSignalAsync(signal.Task);

        // Only code running on this thread, between these two assignments, can see true.
        t_insideSetResult = true;
        signal.SetResult();
        t_insideSetResult = false;

        return await waiter;
    }

    private static async Task<bool> WaitForSignalAsync(Task signal)
    {
        await signal;
        return t_insideSetResult;
    }
    // </inline-continuations>
}
