using System;
using System.Threading;
using System.Threading.Tasks;

namespace GatheringResults;

public static class WhenAnyLosersKeepRunning
{
    // <when-any-losers-keep-running>
    public static async Task Main()
    {
        using var losers = new CancellationTokenSource();
        Task<string> primary = QueryAsync(
            "primary",
            Timeout.InfiniteTimeSpan, // a hung server
            losers.Token);
        Task<string> replica = QueryAsync(
            "replica",
            TimeSpan.FromMilliseconds(10),
            losers.Token);

        Task<string> winner = await Task.WhenAny(primary, replica);
        Console.WriteLine($"first answer: {await winner}");

        await Task.Delay(50);
        Console.WriteLine(
            $"50 ms later the primary query is still running: {!primary.IsCompleted}");

        await losers.CancelAsync(); // WhenAny never cancels anything: do it yourself
        await ((Task)primary).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Console.WriteLine($"after canceling the losers: primary is {primary.Status}");
    }

    private static async Task<string> QueryAsync(
        string server,
        TimeSpan latency,
        CancellationToken cancellationToken)
    {
        // Stands in for the network round trip.
        await Task.Delay(latency, cancellationToken);
        return $"42 (from {server})";
    }
    // </when-any-losers-keep-running>
}
