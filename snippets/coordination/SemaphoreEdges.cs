using System;
using System.Threading;
using System.Threading.Tasks;

namespace Coordination;

public static class SemaphoreEdges
{
    // <semaphore-edges>
    public static async Task Main()
    {
        using var bounded = new SemaphoreSlim(1, 1);
        await bounded.WaitAsync();

        // A timed wait reports failure by returning false; it does not throw.
        bool entered = await bounded.WaitAsync(TimeSpan.FromMilliseconds(20));
        Console.WriteLine($"second WaitAsync entered: {entered}");

        bounded.Release();
        try
        {
            bounded.Release(); // one Release too many
        }
        catch (SemaphoreFullException)
        {
            Console.WriteLine("bounded: extra Release threw SemaphoreFullException");
        }

        // Without a maximum, the bug goes unnoticed: the "lock" now admits two callers.
        using var unbounded = new SemaphoreSlim(1);
        await unbounded.WaitAsync();
        unbounded.Release();
        unbounded.Release();
        Console.WriteLine($"unbounded: CurrentCount is now {unbounded.CurrentCount}");
    }
    // </semaphore-edges>
}
