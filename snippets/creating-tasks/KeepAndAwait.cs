using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace CreatingTasks;

public static class KeepAndAwait
{
    // <keep-and-await>
    public static async Task Main()
    {
        // Stands in for the network: every download waits until the responses arrive.
        var responses = new TaskCompletionSource(
            TaskCreationOptions.RunContinuationsAsynchronously);

        // Each call starts a download; the list lets us collect the results later.
        List<Task<int>> downloads = [];
        for (int id = 1; id <= 10; id++)
        {
            downloads.Add(DownloadAsync(id, responses.Task));
        }

        int inFlight = downloads.Count(download => !download.IsCompleted);
        Console.WriteLine($"downloads in flight before the first await: {inFlight}");

        responses.SetResult();
        int totalBytes = 0;
        foreach (Task<int> download in downloads)
        {
            // Already running: awaiting them one by one doesn't serialize them.
            totalBytes += await download;
        }

        Console.WriteLine($"total bytes: {totalBytes}");
    }

    private static async Task<int> DownloadAsync(int id, Task response)
    {
        await response; // stands in for network I/O
        return id * 100;
    }
    // </keep-and-await>
}
