using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace BlockingAndCpuWork;

public static class DedicatedThread
{
    // <dedicated-thread>
    public static async Task Main()
    {
        using var orders = new BlockingCollection<string>();
        List<string> handled = [];
        bool onPoolThread = true;

        // The consumer blocks in GetConsumingEnumerable for as long as the queue lives:
        // give it its own thread, rather than taking a thread-pool thread away from
        // everyone else for that long.
        var consumer = new Thread(() =>
        {
            onPoolThread = Thread.CurrentThread.IsThreadPoolThread;
            // Blocks until an item arrives or adding completes.
            foreach (string order in orders.GetConsumingEnumerable())
            {
                handled.Add($"{order} handled");
            }
        })
        { Name = "order consumer", IsBackground = true };
        consumer.Start();

        for (int i = 1; i <= 3; i++)
        {
            await Task.Delay(10); // orders arrive over time
            orders.Add($"order-{i}");
        }

        orders.CompleteAdding(); // ends the consumer's loop once the queue is drained
        consumer.Join();         // returns quickly: the loop is already finishing

        Console.WriteLine($"consumer ran on a thread-pool thread: {onPoolThread}");
        Console.WriteLine(string.Join(", ", handled));
        Console.WriteLine($"consumer thread still alive: {consumer.IsAlive}");
    }
    // </dedicated-thread>
}
