// run: process
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Diagnosing;

public static class PendingAwaits
{
    // <pending-awaits>
    public static void Main()
    {
        int poolThreads = ThreadPool.ThreadCount;
        int processThreads = Process.GetCurrentProcess().Threads.Count;

        // Requests waiting for replies that do not come: each awaits a
        // TaskCompletionSource that nothing completes, for now.
        var replies = new Dictionary<int, TaskCompletionSource<string>>();
        var requests = new List<Task<string>>();
        for (int id = 0; id < 10_000; id++)
        {
            replies[id] = new TaskCompletionSource<string>();
            requests.Add(SendRequestAsync(replies[id].Task));
        }

        Console.WriteLine($"requests pending: {requests.Count(r => !r.IsCompleted)}");
        Console.WriteLine($"status of the first: {requests[0].Status}");
        bool poolUnchanged = ThreadPool.ThreadCount == poolThreads;
        Console.WriteLine($"thread-pool threads unchanged: {poolUnchanged}");
        // The runtime may start a helper thread of its own meanwhile (the JIT's, say).
        int added = Process.GetCurrentProcess().Threads.Count - processThreads;
        Console.WriteLine($"threads the process added: fewer than 5: {added < 5}");

        foreach (var reply in replies.Values)
        {
            reply.SetResult("ok"); // the replies come at last
        }

        bool completed = requests.All(r => r.IsCompleted);
        Console.WriteLine($"all completed once replied: {completed}");
    }

    private static async Task<string> SendRequestAsync(Task<string> reply)
    {
        // ... the request goes out ...
        return await reply; // suspends: the method's state moves into its task
    }
    // </pending-awaits>
}
