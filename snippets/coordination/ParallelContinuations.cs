using System;
using System.Threading;
using System.Threading.Tasks;

namespace Coordination;

public static class ParallelContinuations
{
    // <parallel-continuations>
    public static async Task Main()
    {
        // Two participants: each blocks in Barrier.SignalAndWait until the other has arrived too.
        using var barrier = new Barrier(2);

        bool[] metInside = await Task.WhenAll(StepAsync(barrier), StepAsync(barrier));

        Console.WriteLine($"both continuations were running at the same time: {metInside[0] && metInside[1]}");
    }

    private static async Task<bool> StepAsync(Barrier barrier)
    {
        await Task.Yield(); // the rest of this method is a continuation on a thread-pool thread

        // On a single-threaded event loop this would time out: the other task could not run
        // until this one reached its next await. Here both continuations run in parallel.
        return barrier.SignalAndWait(TimeSpan.FromSeconds(1));
    }
    // </parallel-continuations>
}
