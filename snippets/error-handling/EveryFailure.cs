using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace ErrorHandling;

public static class EveryFailure
{
    // <every-failure>
    private static readonly string[] Files =
        ["a.txt", "missing.txt", "locked.txt", "slow.txt"];

    public static async Task Main()
    {
        // The same four reads twice, the two failures happening in opposite orders.
        string[][] failureOrders =
            [["missing.txt", "locked.txt"], ["locked.txt", "missing.txt"]];
        foreach (string[] failureOrder in failureOrders)
        {
            Console.WriteLine($"{failureOrder[0]} fails first:");
            await CountAllAsync(failureOrder);
        }
    }

    private static async Task CountAllAsync(string[] failureOrder)
    {
        using var cts = new CancellationTokenSource();
        // Each read waits until its file "opens"; the example decides in which order.
        Dictionary<string, TaskCompletionSource> open =
            Files.ToDictionary(file => file, _ => new TaskCompletionSource());
        Task<int>[] counts =
            [.. Files.Select(file => CountLinesAsync(file, open[file], cts.Token))];
        Task<int[]> all = Task.WhenAll(counts);

        open["a.txt"].SetResult();
        open["slow.txt"].SetResult();
        foreach (string file in failureOrder)
        {
            open[file].SetResult();
            // Wait until this read has failed before the next one may fail.
            Task failed = counts[Array.IndexOf(Files, file)];
            await failed.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await cts.CancelAsync(); // only slow.txt watches the token: it ends Canceled
        try
        {
            int[] lines = await all;
            Console.WriteLine($"  total lines: {lines.Sum()}");
        }
        catch (Exception ex)
        {
            Console.WriteLine($"  await threw {ex.GetType().Name}");
            var names = all.Exception!.InnerExceptions.Select(e => e.GetType().Name);
            Console.WriteLine($"  WhenAll {all.Status}: {string.Join(", ", names)}");
            for (int i = 0; i < Files.Length; i++)
            {
                Console.WriteLine($"    {Files[i]}: {Outcome(counts[i])}");
            }
        }
    }

    private static string Outcome(Task<int> task) => task.Status switch
    {
        TaskStatus.RanToCompletion => $"{task.Result} lines",
        TaskStatus.Faulted => task.Exception!.InnerException!.GetType().Name,
        _ => task.Status.ToString(),
    };

    private static async Task<int> CountLinesAsync(
        string file, TaskCompletionSource opened, CancellationToken cancellationToken)
    {
        await opened.Task;
        return file switch
        {
            "missing.txt" => throw new FileNotFoundException("no such file", file),
            "locked.txt" => throw new UnauthorizedAccessException($"{file} is locked"),
            "slow.txt" => await SlowCountAsync(cancellationToken),
            _ => 42,
        };
    }

    private static async Task<int> SlowCountAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        return 0;
    }
    // </every-failure>
}
