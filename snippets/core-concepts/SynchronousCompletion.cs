using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace CoreConcepts;

public static class SynchronousCompletion
{
    // <synchronous-completion>
    private static readonly Dictionary<string, string> Cache = [];

    public static async Task Main()
    {
        string downloaded = await GetPageAsync("home"); // not cached: waits to download

        Task<string> cached = GetPageAsync("home");
        Console.WriteLine(
            $"cached call returned a completed task: {cached.IsCompletedSuccessfully}");

        Thread before = Thread.CurrentThread;
        // Already complete: await takes the result and carries on, with no scheduling.
        string page = await cached;
        bool sameThread = Thread.CurrentThread == before;
        Console.WriteLine($"still on the same thread after the await: {sameThread}");
        bool sameObject = object.ReferenceEquals(page, downloaded);
        Console.WriteLine($"same object as the downloaded page: {sameObject}");
    }

    private static async Task<string> GetPageAsync(string name)
    {
        if (Cache.TryGetValue(name, out string? page))
        {
            return page; // reaches no await: the method completes before it returns
        }

        await Task.Delay(20); // stands in for the download
        page = $"<h1>{name}</h1>";
        Cache[name] = page;
        return page;
    }
    // </synchronous-completion>
}
