using System;
using System.Threading;
using System.Threading.Tasks;

namespace Cancellation;

public static class CanceledStatus
{
    // <canceled-status>
    public static async Task Main()
    {
        using var cts = new CancellationTokenSource();
        Task delay = DelayAsync(cts.Token);
        await cts.CancelAsync();
        await ShowAsync("token cancelled an await", delay);

        await ShowAsync("OperationCanceledException with no token", GiveUpAsync());
        await ShowAsync("any other exception", FailAsync());

        try
        {
            await GiveUpAsync();
        }
        catch (OperationCanceledException ex)
        {
            Console.WriteLine(
                "awaiting the cancelled task rethrows: " +
                $"{ex.GetType().Name} \"{ex.Message}\"");
        }
    }

    private static async Task ShowAsync(string what, Task task)
    {
        // Waits for the task to finish without throwing, so that its state can be read.
        await task.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Console.WriteLine(
            $"{what}: Status {task.Status}, " +
            $"IsCanceled {task.IsCanceled}, " +
            $"IsFaulted {task.IsFaulted}, " +
            $"Exception is null {task.Exception is null}");
    }

    private static async Task DelayAsync(CancellationToken cancellationToken) =>
        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);

    private static async Task GiveUpAsync()
    {
        await Task.Yield();
        // No token, and nothing was cancelled.
        throw new OperationCanceledException("gave up");
    }

    private static async Task FailAsync()
    {
        await Task.Yield();
        throw new InvalidOperationException("broken");
    }
    // </canceled-status>
}
