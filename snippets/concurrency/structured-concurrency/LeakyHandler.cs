using System;
using System.Threading;
using System.Threading.Tasks;

namespace Concurrency.StructuredConcurrency;

public static class LeakyHandler
{
    // <leaky>
    public static async Task Main()
    {
        int running = 0;

        async Task<string> CallAsync(int milliseconds, bool fail, CancellationToken token)
        {
            Interlocked.Increment(ref running);
            try
            {
                await Task.Delay(milliseconds, token);
                return fail
                    ? throw new InvalidOperationException("orders service returned 500")
                    : "ok";
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }

        using var shutdown = new CancellationTokenSource();
        Task recommendations = Task.CompletedTask;
        try
        {
            // Start both, then await them one by one: the usual way to leak a task.
            Task<string> orders = CallAsync(60, fail: true, shutdown.Token);
            Task<string> recs = CallAsync(5_000, fail: false, shutdown.Token);
            recommendations = recs;
            Console.WriteLine(await orders + await recs);
        }
        catch (InvalidOperationException ex)
        {
            Console.WriteLine($"handler failed: {ex.Message}");
        }

        Console.WriteLine(
            $"running after the handler returned: {Volatile.Read(ref running)}");

        // Only code that still holds the token and the task can stop it and wait for it.
        await shutdown.CancelAsync();
        await recommendations.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Console.WriteLine($"running after cleanup: {Volatile.Read(ref running)}");
    }
    // </leaky>
}
