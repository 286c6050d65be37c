using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;

namespace CreatingTasks;

public static class KeepAndAwait
{
    // <keep-and-await>
    public static async Task Main()
    {
        var clock = Stopwatch.StartNew();

        // Each call starts a download; the list is what lets us collect the results later.
        List<Task<int>> downloads = [];
        for (int id = 1; id <= 10; id++)
        {
            downloads.Add(DownloadAsync(id));
        }

        int totalBytes = 0;
        foreach (Task<int> download in downloads)
        {
            // The downloads are already running: awaiting them one by one does not serialize them.
            totalBytes += await download;
        }

        Console.WriteLine($"total bytes: {totalBytes}");
        Console.WriteLine($"10 downloads of 100 ms each took < 600 ms: {clock.ElapsedMilliseconds < 600}");
    }

    private static async Task<int> DownloadAsync(int id)
    {
        await Task.Delay(100); // stands in for network I/O
        return id * 100;
    }
    // </keep-and-await>
}
