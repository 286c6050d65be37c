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
            var names = rest.InnerExceptions.Select(e => e.GetType().Name);
            Console.WriteLine($"left for the caller: {string.Join(", ", names)}");
        }
    }

    private static async Task ImportAllAsync(string[] records)
    {
        Task all = Task.WhenAll(records.Select(ImportAsync));
        try
        {
            await all;
        }
        // Faulted only: a Canceled WhenAll has no Exception and passes through.
        catch (Exception) when (all.Exception is { } group)
        {
            // like `except* FormatException as eg:`
            var malformed = group.InnerExceptions.OfType<FormatException>().ToList();
            if (malformed.Count > 0)
            {
                string messages = string.Join("; ", malformed.Select(e => e.Message));
                Console.WriteLine($"skipped {malformed.Count}: {messages}");
            }

            // like `except* TimeoutException as eg:`
            var timedOut = group.InnerExceptions.OfType<TimeoutException>().ToList();
            if (timedOut.Count > 0)
            {
                string messages = string.Join("; ", timedOut.Select(e => e.Message));
                Console.WriteLine($"will retry {timedOut.Count}: {messages}");
            }

            // What no clause matched propagates, as except* re-raises it.
            group.Handle(e => e is FormatException or TimeoutException);
        }
    }

    private static async Task ImportAsync(string record)
    {
        if (!record.Contains('-', StringComparison.Ordinal))
        {
            // Before the first await: the call fails at once.
            throw new FormatException($"malformed record '{record}'");
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
