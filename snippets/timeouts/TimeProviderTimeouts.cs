using System;
using System.Threading;
using System.Threading.Tasks;

namespace Timeouts;

public static class TimeProviderTimeouts
{
    // <time-provider>
    public static async Task Main()
    {
        // A test passes a fake clock here.
        var poller = new StatusPoller(TimeProvider.System);

        int checks = 0;
        await poller.WaitUntilAsync(() => ++checks == 3, TimeSpan.FromSeconds(10),
            CancellationToken.None);
        Console.WriteLine($"ready after {checks} checks");

        try
        {
            await poller.WaitUntilAsync(() => false, TimeSpan.FromMilliseconds(100),
                CancellationToken.None);
        }
        catch (OperationCanceledException ex)
        {
            Console.WriteLine($"never ready: {ex.GetType().Name}");
        }

        try
        {
            var neverAnswered = new TaskCompletionSource<string>().Task;
            await poller.WithDeadline(neverAnswered, TimeSpan.FromMilliseconds(50));
        }
        catch (TimeoutException ex)
        {
            Console.WriteLine($"no answer before the deadline: {ex.GetType().Name}");
        }
    }

    // Every timer it uses comes from the injected TimeProvider, never from the system
    // clock directly.
    public sealed class StatusPoller(TimeProvider time)
    {
        private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);

        public async Task WaitUntilAsync(Func<bool> isReady, TimeSpan timeout,
            CancellationToken cancellationToken)
        {
            // The timed source gets the clock; the linked one adds the caller's token.
            using var timeoutCts = new CancellationTokenSource(timeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(
                cancellationToken, timeoutCts.Token);
            while (!isReady())
            {
                await Task.Delay(Interval, time, linked.Token);
            }
        }

        public Task<T> WithDeadline<T>(Task<T> task, TimeSpan timeout) =>
            task.WaitAsync(timeout, time);
    }
    // </time-provider>
}
