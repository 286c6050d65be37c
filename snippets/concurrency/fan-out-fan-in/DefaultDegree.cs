using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Concurrency.FanOutFanIn;

public static class DefaultDegree
{
    // <default-degree>
    public static async Task Main()
    {
        int inFlight = 0, maxInFlight = 0;

        // No ParallelOptions: the bound is not "unlimited" but Environment.ProcessorCount.
        await Parallel.ForEachAsync(Enumerable.Range(0, 4 * Environment.ProcessorCount), async (_, token) =>
        {
            int now = Interlocked.Increment(ref inFlight);
            int seen;
            while (now > (seen = Volatile.Read(ref maxInFlight)) && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
            {
            }

            await Task.Delay(20, token);
            Interlocked.Decrement(ref inFlight);
        });

        Console.WriteLine($"max in flight equals Environment.ProcessorCount: {maxInFlight == Environment.ProcessorCount}");
    }
    // </default-degree>
}
