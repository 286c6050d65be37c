using System;
using System.Threading;
using System.Threading.Tasks;

namespace Cancellation;

public static class CpuLoop
{
    // <cpu-loop>
    public static async Task Main()
    {
        Console.WriteLine("token given to Task.Run too:");
        await RunAsync(passTokenToTaskRun: true);

        Console.WriteLine("token given to the loop only:");
        await RunAsync(passTokenToTaskRun: false);
    }

    private static async Task RunAsync(bool passTokenToTaskRun)
    {
        using var cts = new CancellationTokenSource();
        var running = new TaskCompletionSource(
            TaskCreationOptions.RunContinuationsAsynchronously);
        Task<long> work = passTokenToTaskRun
            ? Task.Run(() => SumOfSquares(running, cts.Token), cts.Token)
            : Task.Run(() => SumOfSquares(running, cts.Token));

        await running.Task; // the loop has started: cancel it mid-way
        await cts.CancelAsync();
        try
        {
            Console.WriteLine(await work);
        }
        catch (OperationCanceledException ex)
        {
            Console.WriteLine(
                $"  caught {ex.GetType().Name}; task status: {work.Status}");
        }
    }

    // Synchronous CPU work: nothing in it awaits, so it must look at the token itself.
    private static long SumOfSquares(
        TaskCompletionSource running,
        CancellationToken cancellationToken)
    {
        long sum = 0;
        for (long i = 0; i < long.MaxValue; i++)
        {
            if (i % 10_000 == 0)
            {
                // Cheap, but not free: check every 10,000 steps.
                cancellationToken.ThrowIfCancellationRequested();
                running.TrySetResult();
            }

            sum = unchecked(sum + (i * i));
        }

        return sum;
    }
    // </cpu-loop>
}
