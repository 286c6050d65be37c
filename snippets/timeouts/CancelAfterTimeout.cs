using System;
using System.Threading;
using System.Threading.Tasks;

namespace Timeouts;

public static class CancelAfterTimeout
{
    // <cancel-after>
    public static async Task Main()
    {
        // The caller's own token, never cancelled here.
        using var caller = new CancellationTokenSource();
        try
        {
            await ImportWithTimeoutAsync(TimeSpan.FromMilliseconds(50), caller.Token);
        }
        catch (OperationCanceledException ex)
        {
            Console.WriteLine($"caller caught: {ex.GetType().Name}");
        }
    }

    private static async Task ImportWithTimeoutAsync(
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        // Linked: cancelled when the caller cancels OR when the timeout elapses.
        using var timeoutCts =
            CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutCts.CancelAfter(timeout);
        await ImportAsync(timeoutCts.Token);
    }

    private static async Task ImportAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Stands in for I/O that takes a token (HttpClient, DbCommand,
            // Stream.ReadAsync...): 10 s if left alone.
            await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
            Console.WriteLine("import: finished");
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("import: cancelled while waiting on its I/O");
            throw;
        }
    }
    // </cancel-after>
}
