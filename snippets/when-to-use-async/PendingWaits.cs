using System;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;

namespace WhenToUseAsync;

public static class PendingWaits
{
    // <pending-waits>
    public static async Task Main()
    {
        const int requests = 10_000;

        // Plays the part of the operating system: real I/O completes its task
        // the same way, from a completion callback, when the data arrives.
        TaskCompletionSource responsesArrive =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        Task<int>[] pending =
        [
            .. Enumerable.Range(0, requests)
                .Select(id => HandleRequestAsync(id, responsesArrive.Task)),
        ];

        using (Process process = Process.GetCurrentProcess())
        {
            Console.WriteLine($"requests waiting: {pending.Count(t => !t.IsCompleted)}");
            Console.WriteLine(
                "threads in the whole process < requests waiting: " +
                $"{process.Threads.Count < requests}");
        }

        responsesArrive.SetResult();
        int[] handled = await Task.WhenAll(pending);
        Console.WriteLine($"requests handled: {handled.Length}");
    }

    private static async Task<int> HandleRequestAsync(int id, Task response)
    {
        // Returns to the caller here; no thread is tied to this request
        // until the response arrives.
        await response;
        return id;
    }
    // </pending-waits>
}
