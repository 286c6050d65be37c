// run: process
using System;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Diagnosing;

public static class UnobservedTasks
{
    // <unobserved-tasks>
    private static int s_reported;

    public static void Main()
    {
        // A last-resort log: it names failures that no code ever looked at.
        TaskScheduler.UnobservedTaskException += (_, e) =>
        {
            Exception failure = e.Exception.InnerException!;
            string type = failure.GetType().Name;
            Console.WriteLine($"  unobserved: {type}: {failure.Message}");
            Console.WriteLine($"    {FirstFrame(failure)}");
            Interlocked.Increment(ref s_reported);
        };

        Console.WriteLine("dropped in Main's own frame:");
        _ = SendWelcomeAsync("ada@example.com");
        CollectGarbage();
        Console.WriteLine($"  reported after a full collection: {s_reported} so far");

        Console.WriteLine("dropped in a method of its own:");
        SignUp("bob@example.com");
        CollectGarbage();
        Console.WriteLine($"  reported after a full collection: {s_reported} so far");
    }

    // Not inlined, so that no slot of Main's frame holds the task.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SignUp(string email) => _ = SendWelcomeAsync(email);

    private static void CollectGarbage()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers(); // the event is raised by a finalizer
    }

    private static async Task SendWelcomeAsync(string email)
    {
        if (email.EndsWith("@example.com", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"no mail server for {email}");
        }

        await Task.Delay(10); // sending would go here
    }

    // "at Namespace.Type.Method(...)", without the file and line.
    private static string FirstFrame(Exception failure)
    {
        string frame = failure.StackTrace!.Split('\n')[0].Trim();
        int file = frame.IndexOf(" in ", StringComparison.Ordinal);
        return file < 0 ? frame : frame[..file];
    }
    // </unobserved-tasks>
}
