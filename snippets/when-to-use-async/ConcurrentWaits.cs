using System;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;

namespace WhenToUseAsync;

public static class ConcurrentWaits
{
    // <concurrent-waits>
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(100);

    public static async Task Main()
    {
        const int requests = 1_000;
        long start = Stopwatch.GetTimestamp();

        // Start every request, then wait for all of them: the waits overlap.
        int[] responses =
            await Task.WhenAll(Enumerable.Range(0, requests).Select(FetchAsync));

        TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
        Console.WriteLine($"responses: {responses.Length}");
        double sequential = (Latency * requests).TotalSeconds;
        bool fast = elapsed < TimeSpan.FromSeconds(5);
        Console.WriteLine($"one after another, they would take: {sequential} s");
        Console.WriteLine($"together they took < 5 s: {fast}");
    }

    // Stands in for a network call that spends 100 ms waiting for the response.
    private static async Task<int> FetchAsync(int id)
    {
        await Task.Delay(Latency);
        return id;
    }
    // </concurrent-waits>
}
