// run: process
using System;
using System.Threading;
using System.Threading.Tasks;

namespace CoreConcepts;

public static class ShutdownAbandonsTasks
{
    // <shutdown-abandons-tasks>
    public static async Task Main()
    {
        _ = PollInboxAsync(); // started and dropped; nothing cancels it

        var mainIsReturning = new TaskCompletionSource();
        var flusher = new Thread(() =>
        {
            mainIsReturning.Task.Wait();
            Thread.Sleep(200); // Main has long returned by now
            Console.WriteLine("foreground thread: ran to its end after Main returned");
        });
        flusher.Start(); // a foreground thread: the process waits for it

        await Task.Delay(10); // Main's own work
        Console.WriteLine("Main: returning while the poller still waits");
        mainIsReturning.SetResult();
    }

    private static async Task PollInboxAsync()
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(30));
        }
        finally
        {
            Console.WriteLine("poller: finally ran"); // never printed
        }
    }
    // </shutdown-abandons-tasks>
}
