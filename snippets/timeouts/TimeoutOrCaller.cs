using System;
using System.Threading;
using System.Threading.Tasks;

namespace Timeouts;

public static class TimeoutOrCaller
{
    // <timeout-or-caller>
    public static async Task Main()
    {
        using var patient = new CancellationTokenSource();
        await ReportAsync("the timeout fires", FetchAsync(TimeSpan.FromMilliseconds(50), patient.Token), patient.Token);

        using var impatient = new CancellationTokenSource();
        Task<string> fetch = FetchAsync(TimeSpan.FromSeconds(10), impatient.Token);
        await impatient.CancelAsync();
        await ReportAsync("the caller cancels", fetch, impatient.Token);
    }

    private static async Task<string> FetchAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutCts.CancelAfter(timeout);
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(10), timeoutCts.Token); // slow I/O
            return "data";
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The caller did not ask for this: it is our timeout. Say so with the exception meant for it.
            throw new TimeoutException($"fetch took longer than {timeout.TotalMilliseconds} ms", ex);
        }
    }

    private static async Task ReportAsync(string scenario, Task<string> fetch, CancellationToken callerToken)
    {
        try
        {
            await fetch;
        }
        catch (TimeoutException ex)
        {
            Console.WriteLine($"{scenario}: {ex.GetType().Name} ({ex.Message}), inner {ex.InnerException?.GetType().Name}");
        }
        catch (OperationCanceledException ex)
        {
            Console.WriteLine($"{scenario}: {ex.GetType().Name}");
            Console.WriteLine($"  its CancellationToken is the caller's: {ex.CancellationToken == callerToken}");
        }
    }
    // </timeout-or-caller>
}
