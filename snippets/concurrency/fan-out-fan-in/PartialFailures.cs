using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Concurrency.FanOutFanIn;

public static class PartialFailures
{
    // <partial-failures>
    public static async Task Main()
    {
        int[] inputs = [.. Enumerable.Range(0, 2_000)];
        var results = new int?[inputs.Length];
        var failures = new ConcurrentBag<(int Item, Exception Error)>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = 50 };

        var indexes = Enumerable.Range(0, inputs.Length);
        await Parallel.ForEachAsync(indexes, options, async (index, token) =>
        {
            try
            {
                results[index] = await ParseAsync(inputs[index], token);
            }
            catch (FormatException ex)
            {
                // Caught inside the body: one bad item must not cancel the other 1,999.
                failures.Add((inputs[index], ex));
            }
        });

        int succeeded = results.Count(r => r is not null);
        Console.WriteLine($"succeeded: {succeeded}, failed: {failures.Count}");
        foreach (var (item, error) in failures.OrderBy(f => f.Item).Take(3))
        {
            Console.WriteLine($"  item {item}: {error.GetType().Name}: {error.Message}");
        }

        // Without the catch, the first failure cancels the loop and the rest never start.
        int started = 0;
        try
        {
            await Parallel.ForEachAsync(inputs, options, async (x, token) =>
            {
                Interlocked.Increment(ref started);
                await ParseAsync(x, token);
            });
        }
        catch (FormatException ex)
        {
            Console.WriteLine(
                $"without the catch: {ex.GetType().Name}; " +
                $"items started: fewer than 2000: {started < 2_000}");
        }
    }

    private static async Task<int> ParseAsync(int x, CancellationToken token)
    {
        await Task.Delay(1, token);
        return x % 400 == 7
            ? throw new FormatException($"record {x} is malformed")
            : x * 10;
    }
    // </partial-failures>
}
