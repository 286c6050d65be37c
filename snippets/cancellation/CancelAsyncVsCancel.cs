using System;
using System.Threading;
using System.Threading.Tasks;

namespace Cancellation;

public static class CancelAsyncVsCancel
{
    // <cancel-async>
    public static async Task Main()
    {
        Console.WriteLine("Cancel():");
        using (var cts = new CancellationTokenSource())
        {
            cts.Token.Register(() => Console.WriteLine("  registered callback runs"));
            cts.Cancel();
            Console.WriteLine("  Cancel returned");
        }

        Console.WriteLine("CancelAsync():");
        using (var cts = new CancellationTokenSource())
        using (var callbackMayFinish = new ManualResetEventSlim())
        {
            // Holds the callback until Main lets it go,
            // to show that CancelAsync does not wait for it.
            cts.Token.Register(() =>
            {
                callbackMayFinish.Wait();
                Console.WriteLine("  registered callback runs");
            });
            Task cancelling = cts.CancelAsync();
            Console.WriteLine(
                "  CancelAsync returned: " +
                $"IsCancellationRequested {cts.IsCancellationRequested}, " +
                $"callbacks done {cancelling.IsCompleted}");
            callbackMayFinish.Set();
            await cancelling;
            Console.WriteLine("  awaited CancelAsync: callbacks done");
        }
    }
    // </cancel-async>
}
