using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace ErrorHandling;

public static class EveryFailure
{
    // <every-failure>
    public static async Task Main()
    {
        using var cts = new CancellationTokenSource();
        string[] files = ["a.txt", "missing.txt", "locked.txt", "slow.txt"];
        Task<int>[] counts = Array.ConvertAll(files, f => CountLinesAsync(f, cts.Token));
        Task<int[]> all = Task.WhenAll(counts);
        await cts.CancelAsync(); // only slow.txt watches the token: it ends Canceled

        try
        {
            int[] lines = await all;
            Console.WriteLine($"total lines: {lines.Sum()}");
        }
        catch (Exception ex)
        {
            Console.WriteLine($"await threw {ex.GetType().Name}");
            Console.WriteLine($"WhenAll: {all.Status}, {all.Exception!.InnerExceptions.Count} exceptions in all.Exception");
            for (int i = 0; i < files.Length; i++)
            {
                Task<int> task = counts[i];
                string outcome = task.Status switch
                {
                    TaskStatus.RanToCompletion => $"{task.Result} lines",
                    TaskStatus.Faulted => task.Exception!.InnerException!.GetType().Name,
                    _ => task.Status.ToString(),
                };
                Console.WriteLine($"  {files[i]}: {outcome}");
            }
        }
    }

    private static async Task<int> CountLinesAsync(string file, CancellationToken cancellationToken)
    {
        await Task.Yield();
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
