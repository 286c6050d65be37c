using System;
using System.Threading;
using System.Threading.Tasks;

namespace Timeouts;

public static class WaitAsyncTimeout
{
    // <wait-async>
    public static async Task Main()
    {
        var release = new TaskCompletionSource();
        Task<string> import = ImportAsync(release.Task);

        try
        {
            await import.WaitAsync(TimeSpan.FromMilliseconds(50));
        }
        catch (TimeoutException ex)
        {
            Console.WriteLine($"WaitAsync(50 ms) threw {ex.GetType().Name}");
        }

        using var cts = new CancellationTokenSource();
        Task<string> wait = import.WaitAsync(cts.Token);
        await cts.CancelAsync();
        try
        {
            await wait;
        }
        catch (OperationCanceledException ex)
        {
            Console.WriteLine($"WaitAsync(token) threw {ex.GetType().Name}");
        }

        Console.WriteLine($"import still running: {!import.IsCompleted}");
        release.SetResult(); // let the import reach its end: nobody ever cancelled it
        Console.WriteLine($"import result: {await import}");
    }

    // Takes no token, like many older or third-party APIs; its work is released
    // by the caller here so that the output does not depend on timing.
    private static async Task<string> ImportAsync(Task work)
    {
        await work;
        return "imported";
    }
    // </wait-async>
}
