using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Coordination;

public static class ExactCount
{
    // <exact-count>
    private static int s_requests;

    public static async Task Main()
    {
        await Task.WhenAll(
            Enumerable.Range(0, 10).Select(_ => HandleRequestsAsync(1000)));
        Console.WriteLine($"requests counted: {s_requests}");
    }

    private static async Task HandleRequestsAsync(int count)
    {
        for (int i = 0; i < count; i++)
        {
            if (i % 100 == 0)
            {
                await Task.Yield(); // hop to the thread pool now and then, as I/O would
            }

            // s_requests++ would be a read-modify-write another thread can interleave.
            Interlocked.Increment(ref s_requests);
        }
    }
    // </exact-count>
}
