using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Cancellation;

public static class CatchOperationCanceled
{
    // <catch-oce>
    public static async Task Main()
    {
        await ReportAsync("Task.Delay", ct => Task.Delay(Timeout.InfiniteTimeSpan, ct));
        await ReportAsync("ThrowIfCancellationRequested", SpinUntilCancelledAsync);
        await ReportAsync(
            "SemaphoreSlim.WaitAsync",
            ct => new SemaphoreSlim(0).WaitAsync(ct));
        await ReportAsync(
            "ChannelReader.ReadAsync",
            ct => Channel.CreateUnbounded<int>().Reader.ReadAsync(ct).AsTask());
        await ReportAsync(
            "SemaphoreSlim.WaitAsync, token cancelled before the call",
            ct => new SemaphoreSlim(0).WaitAsync(ct),
            cancelFirst: true);
    }

    private static async Task ReportAsync(
        string operation,
        Func<CancellationToken, Task> start,
        bool cancelFirst = false)
    {
        using var cts = new CancellationTokenSource();
        if (cancelFirst)
        {
            await cts.CancelAsync();
        }

        Task running = start(cts.Token);
        await cts.CancelAsync();
        try
        {
            try
            {
                await running;
            }
            catch (TaskCanceledException ex)
            {
                Console.WriteLine(
                    $"{operation}: {ex.GetType().Name}, " +
                    "caught by catch (TaskCanceledException)");
            }
        }
        catch (OperationCanceledException ex)
        {
            Console.WriteLine(
                $"{operation}: {ex.GetType().Name}, " +
                "missed by catch (TaskCanceledException)");
        }
    }

    private static async Task SpinUntilCancelledAsync(CancellationToken cancellationToken)
    {
        // Hand the task back to the caller, then loop on the thread pool.
        await Task.Yield();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
    // </catch-oce>
}
