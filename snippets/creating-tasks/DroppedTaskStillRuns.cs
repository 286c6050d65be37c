using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace CreatingTasks;

public static class DroppedTaskStillRuns
{
    // <dropped-task-still-runs>
    public static async Task Main()
    {
        // Main keeps the signal the dropped task waits for, and nothing else.
        var flushRequested = new TaskCompletionSource();
        var written = new TaskCompletionSource<string>();
        StartAndForget(flushRequested.Task, written);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        bool pending = !written.Task.IsCompleted;
        Console.WriteLine($"no reference kept; pending after a full GC: {pending}");

        flushRequested.SetResult();
        Console.WriteLine($"the dropped task still finished: {await written.Task}");
    }

    // Not inlined, so that Main holds no hidden reference to the task.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StartAndForget(Task flush, TaskCompletionSource<string> done) =>
        _ = WriteAuditLogAsync(flush, done);

    private static async Task WriteAuditLogAsync(
        Task flush, TaskCompletionSource<string> done)
    {
        await flush; // Main holds this signal, and the signal holds this method
        done.SetResult("audit entry written");
    }
    // </dropped-task-still-runs>
}
