using System;
using System.Threading;
using System.Threading.Tasks;

namespace CoreConcepts;

public static class ParallelContinuations
{
    // <parallel-continuations>
    public static async Task Main()
    {
        // Each method, after its await, waits until the other has resumed too. On a
        // single-threaded event loop this could never succeed; on the thread pool both
        // continuations run at the same moment.
        using Barrier bothResumed = new(participantCount: 2);

        Resumed[] resumed = await Task.WhenAll(
            ResumeAndMeetAsync(bothResumed), ResumeAndMeetAsync(bothResumed));

        bool onPool = resumed[0].OnPoolThread && resumed[1].OnPoolThread;
        bool met = resumed[0].MetTheOther && resumed[1].MetTheOther;
        Console.WriteLine($"both resumed on pool threads: {onPool}");
        Console.WriteLine($"both continuations were running at the same moment: {met}");
    }

    private sealed record Resumed(bool OnPoolThread, bool MetTheOther);

    private static async Task<Resumed> ResumeAndMeetAsync(Barrier bothResumed)
    {
        await Task.Delay(20);
        bool onPoolThread = Thread.CurrentThread.IsThreadPoolThread;

        // The timeout only turns a failure into "False" instead of a hang.
        bool met = bothResumed.SignalAndWait(TimeSpan.FromSeconds(5));
        return new Resumed(onPoolThread, met);
    }
    // </parallel-continuations>
}
