// requires: .NET 9 (Task.WhenEach)
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace GatheringResults;

public static class WhenEachAsCompleted
{
    // <when-each-as-completed>
    public static async Task Main()
    {
        // The gates let the example fix the completion order: c, then a, then b.
        Dictionary<string, TaskCompletionSource> gates = new()
        {
            ["a"] = new(), ["b"] = new(), ["c"] = new(),
        };
        Task<string>[] downloads =
        [
            DownloadAsync("a", gates["a"].Task),
            DownloadAsync("b", gates["b"].Task),
            DownloadAsync("c", gates["c"].Task),
        ];
        Queue<string> finishOrder = new(["c", "a", "b"]);

        gates[finishOrder.Dequeue()].SetResult();
        await foreach (Task<string> download in Task.WhenEach(downloads))
        {
            // WhenEach yields the task itself:
            // awaiting it gives its result or throws its exception.
            try
            {
                Console.WriteLine($"done: {await download}");
            }
            catch (InvalidOperationException ex)
            {
                Console.WriteLine($"failed: {ex.Message}");
            }

            if (finishOrder.TryDequeue(out string? next))
            {
                gates[next].SetResult();
            }
        }
    }

    private static async Task<string> DownloadAsync(string name, Task gate)
    {
        await gate; // stands in for the download
        return name == "a"
            ? throw new InvalidOperationException($"{name}: checksum mismatch")
            : $"{name}: {name[0] * 10} bytes";
    }
    // </when-each-as-completed>
}
