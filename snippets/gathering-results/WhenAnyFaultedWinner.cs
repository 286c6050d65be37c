using System;
using System.Threading;
using System.Threading.Tasks;

namespace GatheringResults;

public static class WhenAnyFaultedWinner
{
    // <when-any-faulted-winner>
    public static async Task Main()
    {
        using var cts = new CancellationTokenSource();
        Task<string> broken = FailAsync();
        Task<string> slow = SlowAsync(cts.Token);

        Task<Task<string>> any = Task.WhenAny(broken, slow);
        // Does not throw, although the first task to finish failed.
        Task<string> first = await any;
        string winnerName = first == broken ? "broken" : "slow";
        Console.WriteLine(
            $"WhenAny's task: {any.Status}; " +
            $"first finished: {winnerName}, {first.Status}");

        try
        {
            await first; // the failure surfaces only here
        }
        catch (InvalidOperationException ex)
        {
            Console.WriteLine($"awaiting the winner threw: {ex.Message}");
        }

        await cts.CancelAsync();
        await ((Task)slow).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private static async Task<string> SlowAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return "slow";
    }

    private static async Task<string> FailAsync()
    {
        await Task.Delay(10);
        throw new InvalidOperationException("connection refused");
    }
    // </when-any-faulted-winner>
}
