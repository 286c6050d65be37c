using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace StructuredConcurrency;

public static class ParallelLoopFailure
{
    // <parallel-loop-failure>
    public static async Task Main()
    {
        ConcurrentQueue<int> started = new();
        var threeInFlight = new TaskCompletionSource(
            TaskCreationOptions.RunContinuationsAsynchronously);
        bool cleanupFinished = false;
        var options = new ParallelOptions { MaxDegreeOfParallelism = 3 };

        var orders = Enumerable.Range(1, 6);
        Task loop = Parallel.ForEachAsync(orders, options, async (order, ct) =>
        {
            started.Enqueue(order);
            if (started.Count == 3)
            {
                threeInFlight.TrySetResult();
            }

            // Let three orders be in flight before any of them fails.
            await threeInFlight.Task;
            switch (order)
            {
                case 1:
                    throw new InvalidOperationException("order 1: card declined");
                case 2:
                    throw new InvalidOperationException("order 2: out of stock");
                default:
                    try
                    {
                        // Ends only when the loop cancels ct.
                        await Task.Delay(Timeout.Infinite, ct);
                    }
                    finally
                    {
                        // Asynchronous cleanup.
                        await Task.Delay(20, CancellationToken.None);
                        cleanupFinished = true;
                    }

                    break;
            }
        });

        try
        {
            await loop;
        }
        catch (InvalidOperationException ex)
        {
            Console.WriteLine($"await rethrew one exception: {ex.GetType().Name}");
        }

        Console.WriteLine($"loop status: {loop.Status}");
        Console.WriteLine($"orders started: {string.Join(", ", started.Order())}");
        Console.WriteLine(
            $"order 3 finished its cleanup before the loop completed: {cleanupFinished}");
        Console.WriteLine("loop.Exception holds:");
        var errors = loop.Exception!.InnerExceptions
            .Select(e => $"{e.GetType().Name}: {e.Message}")
            .Order();
        foreach (string error in errors)
        {
            Console.WriteLine($"  {error}");
        }
    }
    // </parallel-loop-failure>
}
