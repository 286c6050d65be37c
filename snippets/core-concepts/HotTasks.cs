using System;
using System.Threading.Tasks;

namespace CoreConcepts;

public static class HotTasks
{
    // <hot-tasks>
    public static async Task Main()
    {
        // Stands in for a reply that has not arrived yet; completed after step 3.
        TaskCompletionSource reply =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        Console.WriteLine("1. calling GreetAsync");
        Task greeting = GreetAsync(reply.Task);
        Console.WriteLine($"3. GreetAsync returned a task, status: {greeting.Status}");

        reply.SetResult();
        await greeting;
        Console.WriteLine($"5. awaited, status: {greeting.Status}");
    }

    private static async Task GreetAsync(Task reply)
    {
        Console.WriteLine("2. GreetAsync runs synchronously until its first await");
        await reply;
        Console.WriteLine("4. the rest runs once what it awaited has completed");
    }
    // </hot-tasks>
}
