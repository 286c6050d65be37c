using System;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace CreatingTasks;

public static class DroppedTaskCollected
{
    // <dropped-task-collected>
    public static void Main()
    {
        StartAndForget(); // the only references to the task and its signal end here

        GC.Collect();
        GC.WaitForPendingFinalizers();
        Console.WriteLine($"the dropped task was collected: {Canary.Collected}");
        Console.WriteLine($"its finally block ran: {s_finallyRan}");
    }

    private static volatile bool s_finallyRan;

    // Not inlined, so that Main holds no hidden reference to the task.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StartAndForget() =>
        _ = WaitForReplyAsync(new TaskCompletionSource());

    private static async Task WaitForReplyAsync(TaskCompletionSource reply)
    {
        var canary = new Canary(); // lives in the method's state while it waits
        try
        {
            await reply.Task; // nothing else references `reply`: it can never complete
        }
        finally
        {
            s_finallyRan = true;
            GC.KeepAlive(canary);
        }
    }

    // Its finalizer runs only once the garbage collector has found it unreachable.
    private sealed class Canary
    {
        private static int s_collected;

        public static bool Collected => Volatile.Read(ref s_collected) == 1;

        ~Canary() => Volatile.Write(ref s_collected, 1);
    }
    // </dropped-task-collected>
}
