using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace CreatingTasks;

public static class UnobservedFailure
{
    // <unobserved-failure>
    private static int s_reports;

    public static async Task Main()
    {
        TaskScheduler.UnobservedTaskException += OnUnobserved;
        try
        {
            List<Task> references = [];
            Console.WriteLine(
                $"started a task nobody awaits; faulted: {StartReport(references)}");

            await Task.Delay(50);
            CollectGarbage();
            Console.WriteLine("50 ms and a full GC later, still referenced: "
                + $"event raised {s_reports} time(s)");

            references.Clear(); // drop the last reference to the faulted task
            CollectGarbage();
            Console.WriteLine(
                $"unreferenced and collected: event raised {s_reports} time(s)");
            Console.WriteLine("the process is still running");
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= OnUnobserved;
        }
    }

    private static void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e)
    {
        // The event is process-wide and raised from a finalizer: count only this failure.
        if (e.Exception.InnerExceptions.Any(ex => ex is MailServerDownException))
        {
            Interlocked.Increment(ref s_reports);
        }
    }

    // Not inlined, so that no hidden temporary in Main keeps the task reachable.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool StartReport(List<Task> references)
    {
        Task sending = SendReportAsync(mailServerDown: true);
        references.Add(sending);
        return sending.IsFaulted; // observes nothing, where reading Exception would
    }

    private static void CollectGarbage()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers(); // the event is raised by a finalizer
    }

    private static async Task SendReportAsync(bool mailServerDown)
    {
        if (mailServerDown)
        {
            throw new MailServerDownException();
        }

        await Task.Delay(10);
    }

    private sealed class MailServerDownException() : Exception("mail server is down");
    // </unobserved-failure>
}
