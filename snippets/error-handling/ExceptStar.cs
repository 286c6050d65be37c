using System;
using System.Linq;
using System.Threading.Tasks;

namespace ErrorHandling;

public static class ExceptStar
{
    // <except-star>
    public static async Task Main()
    {
        string[] records = ["ok-1", "oops", "ok-2", "slow-7", "n/a", "locked-3"];
        try
        {
            await ImportAllAsync(records);
        }
        catch (AggregateException rest)
        {
            Console.WriteLine($"left for the caller: {string.Join(", ", rest.InnerExceptions.Select(e => e.GetType().Name))}");
        }
    }

    private static async Task ImportAllAsync(string[] records)
    {
        Task all = Task.WhenAll(records.Select(ImportAsync));
        try
        {
            await all;
        }
        catch (Exception) when (all.Exception is { } group) // Faulted; a Canceled WhenAll passes through
        {
            // like `except* FormatException as eg:`
            if (group.InnerExceptions.OfType<FormatException>().ToList() is { Count: > 0 } malformed)
            {
                Console.WriteLine($"skipped {malformed.Count}: {string.Join("; ", malformed.Select(e => e.Message))}");
            }

            // like `except* TimeoutException as eg:`
            if (group.InnerExceptions.OfType<TimeoutException>().ToList() is { Count: > 0 } timedOut)
            {
                Console.WriteLine($"will retry {timedOut.Count}: {string.Join("; ", timedOut.Select(e => e.Message))}");
            }

            // What no clause matched propagates, as except* re-raises it.
            group.Handle(e => e is FormatException or TimeoutException);
        }
    }

    private static async Task ImportAsync(string record)
    {
        if (!record.Contains('-', StringComparison.Ordinal))
        {
            throw new FormatException($"malformed record '{record}'"); // before the first await: fails at once
        }

        await Task.Yield(); // the write to storage
        if (record.StartsWith("slow", StringComparison.Ordinal))
        {
            throw new TimeoutException($"{record} timed out");
        }

        if (record.StartsWith("locked", StringComparison.Ordinal))
        {
            throw new UnauthorizedAccessException($"{record} is locked");
        }
    }
    // </except-star>
}
