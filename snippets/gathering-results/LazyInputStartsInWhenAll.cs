using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace GatheringResults;

public static class LazyInputStartsInWhenAll
{
    // <lazy-input-starts-in-when-all>
    public static async Task Main()
    {
        var responses = new TaskCompletionSource(); // holds every lookup until released
        int started = 0;

        // A lazy query: nothing runs until something enumerates it.
        IEnumerable<Task<int>> lookups = Enumerable.Range(1, 3).Select(id =>
        {
            started++;
            return LookupAsync(id, responses.Task);
        });
        Console.WriteLine($"lookups started before WhenAll: {started}");

        Task<int[]> all = Task.WhenAll(lookups); // enumerates it: each call starts
        Console.WriteLine($"lookups started once WhenAll returned: {started}");

        responses.SetResult();
        Console.WriteLine($"results: {string.Join(", ", await all)}");
    }

    private static async Task<int> LookupAsync(int id, Task response)
    {
        await response;
        return id * 10;
    }
    // </lazy-input-starts-in-when-all>
}
