using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace GatheringResults;

public static class ReturnExceptions
{
    // <return-exceptions>
    public static async Task Main()
    {
        using var canceled = new CancellationTokenSource();
        await canceled.CancelAsync();

        string[] users = ["alice", "mallory", "bob", "carol"];
        Task<int>[] lookups =
        [
            .. users.Select(user =>
                LookupAsync(user, user == "carol" ? canceled.Token : default)),
        ];

        // Wait for all of them without throwing.
        // SuppressThrowing needs the non-generic Task: hence the cast.
        await ((Task)Task.WhenAll(lookups))
            .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        foreach (var (user, lookup) in users.Zip(lookups))
        {
            string outcome = lookup.Status switch
            {
                TaskStatus.RanToCompletion => $"id {lookup.Result}",
                TaskStatus.Faulted =>
                    $"failed: {lookup.Exception!.InnerException!.Message}",
                _ => lookup.Status.ToString(),
            };
            Console.WriteLine($"{user}: {outcome}");
        }
    }

    private static async Task<int> LookupAsync(
        string user,
        CancellationToken cancellationToken)
    {
        await Task.Delay(10, cancellationToken);
        return user == "mallory"
            ? throw new UnauthorizedAccessException($"{user} is blocked")
            : user.Length * 1000;
    }
    // </return-exceptions>
}
