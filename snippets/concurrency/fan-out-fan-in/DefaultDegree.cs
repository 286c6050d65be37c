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
        int cores = Environment.ProcessorCount;
        int inFlight = 0, maxInFlight = 0;
        TaskCompletionSource allCoresBusy =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        // No ParallelOptions: the bound is not "unlimited"
        // but Environment.ProcessorCount.
        await Parallel.ForEachAsync(Enumerable.Range(0, 4 * cores), async (_, token) =>
        {
            int now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref maxInFlight, now);
            if (now == cores)
            {
                allCoresBusy.TrySetResult();
            }

            // Hold the first bodies until `cores` of them run at once (giving up
            // after 2 s, without throwing), so the peak does not depend on how
            // quickly the thread pool starts the workers.
            await allCoresBusy.Task
                .WaitAsync(TimeSpan.FromSeconds(2), token)
                .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await Task.Delay(10, token);
            Interlocked.Decrement(ref inFlight);
        });

        Console.WriteLine(
            $"max in flight equals Environment.ProcessorCount: {maxInFlight == cores}");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) &&
            Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
    // </default-degree>
}
