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
        TimeSpan fifty = TimeSpan.FromMilliseconds(50);
        TimeSpan tenSeconds = TimeSpan.FromSeconds(10);

        await ReportAsync("our timeout fires",
            FetchAsync(SlowDownloadAsync, fifty, patient.Token), patient.Token);

        await ReportAsync("the callee gives up on its own",
            FetchAsync(GivesUpAsync, tenSeconds, patient.Token), patient.Token);

        using var impatient = new CancellationTokenSource();
        Task<string> fetch = FetchAsync(SlowDownloadAsync, tenSeconds, impatient.Token);
        await impatient.CancelAsync();
        await ReportAsync("the caller cancels", fetch, impatient.Token);
    }

    private static async Task<string> FetchAsync(
        Func<CancellationToken, Task<string>> download,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        using var timeoutCts =
            CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutCts.CancelAfter(timeout);
        try
        {
            return await download(timeoutCts.Token);
        }
        catch (OperationCanceledException ex)
            when (timeoutCts.IsCancellationRequested
                  && !cancellationToken.IsCancellationRequested)
        {
            // Our timer fired and the caller did not cancel: this is our timeout.
            string message = $"fetch took longer than {timeout.TotalMilliseconds} ms";
            throw new TimeoutException(message, ex);
        }
    }

    // Slow I/O that honours the token it is given.
    private static async Task<string> SlowDownloadAsync(CancellationToken token)
    {
        await Task.Delay(TimeSpan.FromSeconds(10), token);
        return "data";
    }

    // A callee with a limit of its own, as HttpClient.Timeout is: it cancels itself.
    private static async Task<string> GivesUpAsync(CancellationToken token)
    {
        using var own = CancellationTokenSource.CreateLinkedTokenSource(token);
        await own.CancelAsync(); // its limit, reached at once here
        await Task.Delay(TimeSpan.FromSeconds(10), own.Token);
        return "data";
    }

    private static async Task ReportAsync(
        string scenario, Task<string> fetch, CancellationToken callerToken)
    {
        try
        {
            await fetch;
        }
        catch (TimeoutException ex)
        {
            string inner = ex.InnerException?.GetType().Name ?? "none";
            Console.WriteLine($"{scenario}: TimeoutException ({ex.Message})");
            Console.WriteLine($"  inner: {inner}");
        }
        catch (OperationCanceledException ex)
        {
            Console.WriteLine($"{scenario}: {ex.GetType().Name}");
            bool callers = ex.CancellationToken == callerToken;
            Console.WriteLine($"  its CancellationToken is the caller's: {callers}");
        }
    }
    // </timeout-or-caller>
}
