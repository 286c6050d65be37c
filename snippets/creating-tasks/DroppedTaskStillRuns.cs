using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace CreatingTasks;

public static class DroppedTaskStillRuns
{
    // <dropped-task-still-runs>
    public static async Task Main()
    {
        var written = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool pending = StartAndForget(written);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        Console.WriteLine($"no reference kept; pending during a full GC: {pending}");

        Console.WriteLine($"the dropped task still finished: {await written.Task}");
    }

    // Not inlined, so that Main holds no hidden reference to the task.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool StartAndForget(TaskCompletionSource<string> written)
    {
        Task writing = WriteAuditLogAsync(written);
        return !writing.IsCompleted; // the reference dies with this method
    }

    private static async Task WriteAuditLogAsync(TaskCompletionSource<string> written)
    {
        await Task.Delay(100); // the pending timer references this method's continuation
        written.SetResult("audit entry written");
    }
    // </dropped-task-still-runs>
}
