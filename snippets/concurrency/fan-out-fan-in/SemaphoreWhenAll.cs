using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Concurrency.FanOutFanIn;

public static class SemaphoreWhenAll
{
    // <semaphore-whenall>
    public static async Task Main()
    {
        int[] inputs = [.. Enumerable.Range(0, 2_000)];
        using var slots = new SemaphoreSlim(50);
        int inFlight = 0, maxInFlight = 0;

        async Task<int> ProcessAsync(int x)
        {
            await slots.WaitAsync();
            try
            {
                int now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref maxInFlight, now);
                await Task.Delay(1); // stands in for an I/O call
                Interlocked.Decrement(ref inFlight);
                return x * x;
            }
            finally
            {
                slots.Release();
            }
        }

        // One task per item, but at most 50 past WaitAsync at a time.
        // WhenAll keeps input order.
        int[] results = await Task.WhenAll(inputs.Select(ProcessAsync));

        bool inInputOrder = results.SequenceEqual(inputs.Select(x => x * x));
        Console.WriteLine($"results: {results.Length}, in input order: {inInputOrder}");
        Console.WriteLine(
            $"max in flight <= 50: {maxInFlight <= 50}, " +
            $"more than one at a time: {maxInFlight > 1}");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) &&
            Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
    // </semaphore-whenall>
}
