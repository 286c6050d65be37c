using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Coordination;

public static class LimitConcurrency
{
    // <limit-concurrency>
    private static readonly SemaphoreSlim Slots = new(3, 3);
    private static int s_running;
    private static int s_peak;

    public static async Task Main()
    {
        int[] sizes = await Task.WhenAll(Enumerable.Range(1, 10).Select(DownloadAsync));

        Console.WriteLine($"downloads finished: {sizes.Length}");
        Console.WriteLine($"peak concurrent downloads: {s_peak}");
    }

    private static async Task<int> DownloadAsync(int id)
    {
        await Slots.WaitAsync();
        try
        {
            int running = Interlocked.Increment(ref s_running);
            RecordPeak(running);
            await Task.Delay(50); // stands in for the HTTP request
            Interlocked.Decrement(ref s_running);
            return id * 1024;
        }
        finally
        {
            Slots.Release();
        }
    }

    // Interlocked.Max does not exist: retry a compare-and-swap until our value,
    // or a larger one, is stored.
    private static void RecordPeak(int running)
    {
        int peak = Volatile.Read(ref s_peak);
        while (running > peak)
        {
            int seen = Interlocked.CompareExchange(ref s_peak, running, peak);
            if (seen == peak)
            {
                return;
            }

            peak = seen;
        }
    }
    // </limit-concurrency>
}
