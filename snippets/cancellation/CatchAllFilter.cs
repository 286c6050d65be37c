using System;
using System.Threading;
using System.Threading.Tasks;

namespace Cancellation;

public static class CatchAllFilter
{
    // <catch-all-filter>
    public static async Task Main()
    {
        Type cancelled = typeof(OperationCanceledException);
        bool derives = typeof(Exception).IsAssignableFrom(cancelled);
        Console.WriteLine($"{cancelled.Name} derives from Exception: {derives}");

        await RunAsync("catch (Exception)", SaveCatchingAllAsync);
        await RunAsync("with the filter", SaveLettingCancellationThroughAsync);
    }

    private static async Task RunAsync(string label, Func<CancellationToken, Task> save)
    {
        using var cts = new CancellationTokenSource();
        Task saving = save(cts.Token);
        await cts.CancelAsync();
        await saving.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Console.WriteLine($"{label}: the save ended {saving.Status}");
    }

    private static async Task SaveCatchingAllAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }
        catch (Exception ex)
        {
            Console.WriteLine($"  logged {ex.GetType().Name} as a failure");
        }
    }

    private static async Task SaveLettingCancellationThroughAsync(
        CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Console.WriteLine($"  logged {ex.GetType().Name} as a failure");
        }
    }
    // </catch-all-filter>
}
