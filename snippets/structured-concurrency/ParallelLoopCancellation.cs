using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace StructuredConcurrency;

public static class ParallelLoopCancellation
{
    // <parallel-loop-cancellation>
    public static async Task Main()
    {
        using var shutdown = new CancellationTokenSource();
        var twoInFlight = new TaskCompletionSource(
            TaskCreationOptions.RunContinuationsAsynchronously);
        int started = 0;
        bool item2Threw = false;
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = 2,
            CancellationToken = shutdown.Token,
        };

        var items = Enumerable.Range(1, 100);
        Task loop = Parallel.ForEachAsync(items, options, async (item, ct) =>
        {
            if (Interlocked.Increment(ref started) == 2)
            {
                twoInFlight.TrySetResult();
            }

            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException) when (item == 2)
            {
                item2Threw = true;
                throw new InvalidOperationException("item 2 failed while stopping");
            }
        });

        await twoInFlight.Task;
        await shutdown.CancelAsync();

        try
        {
            await loop;
        }
        catch (OperationCanceledException ex)
        {
            Console.WriteLine(
                $"await threw {ex.GetType().Name}; " +
                $"carries our token: {ex.CancellationToken == shutdown.Token}");
        }

        Console.WriteLine($"loop status: {loop.Status}");
        Console.WriteLine($"items started: {started} of 100");
        Console.WriteLine(
            $"item 2 threw InvalidOperationException: {item2Threw}; " +
            $"loop.Exception is null: {loop.Exception is null}");
    }
    // </parallel-loop-cancellation>
}
