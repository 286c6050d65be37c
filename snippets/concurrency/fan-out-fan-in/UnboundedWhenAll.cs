using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Concurrency.FanOutFanIn;

public static class UnboundedWhenAll
{
    // <unbounded>
    public static async Task Main()
    {
        // Every call below waits on this gate,
        // so nothing finishes before all calls have started.
        var gate = new TaskCompletionSource(
            TaskCreationOptions.RunContinuationsAsynchronously);
        int inFlight = 0;

        async Task<int> CallBackendAsync(int x)
        {
            Interlocked.Increment(ref inFlight);
            await gate.Task; // stands in for a request to a backend
            Interlocked.Decrement(ref inFlight);
            return x;
        }

        // Select is lazy, but WhenAll enumerates it at once:
        // every call starts before WhenAll returns.
        Task<int[]> all = Task.WhenAll(
            Enumerable.Range(0, 2_000).Select(CallBackendAsync));
        Console.WriteLine($"calls in flight at once: {Volatile.Read(ref inFlight)}");

        gate.SetResult();
        int[] results = await all;
        Console.WriteLine($"results: {results.Length}");
    }
    // </unbounded>
}
