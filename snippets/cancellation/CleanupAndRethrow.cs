using System;
using System.Threading;
using System.Threading.Tasks;

namespace Cancellation;

public static class CleanupAndRethrow
{
    // <cleanup-and-rethrow>
    public static async Task Main()
    {
        Console.WriteLine("swallowing:");
        await PublishAsync(SaveSwallowingAsync);

        Console.WriteLine("cleaning up and rethrowing:");
        await PublishAsync(SaveAsync);
    }

    private static async Task PublishAsync(Func<CancellationToken, Task> save)
    {
        using var cts = new CancellationTokenSource();
        Task saving = save(cts.Token);
        await cts.CancelAsync();
        try
        {
            await saving;
            Console.WriteLine("  caller: saved, publishing the report");
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("  caller: save cancelled, nothing published");
        }

        Console.WriteLine($"  save task status: {saving.Status}");
    }

    private static async Task SaveSwallowingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await WriteAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("  save: deleted the partial file");
            // no throw: the caller will think the save succeeded
        }
    }

    private static async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await WriteAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("  save: deleted the partial file");
            throw; // same exception, same stack: the task ends Canceled
        }
    }

    // A write that only ends by cancellation.
    private static Task WriteAsync(CancellationToken cancellationToken) =>
        Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
    // </cleanup-and-rethrow>
}
