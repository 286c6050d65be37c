using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Coordination;

public static class AsyncLock
{
    // <async-lock>
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<string, int> Stock = new() { ["apples"] = 0 };

    public static async Task Main()
    {
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => RestockAsync(times: 100)));
        Console.WriteLine($"apples: {Stock["apples"]}");
    }

    private static async Task RestockAsync(int times)
    {
        for (int i = 0; i < times; i++)
        {
            await Gate.WaitAsync();
            try
            {
                // Read, await, write: the await inside the critical section is why
                // `lock` cannot be used.
                int current = Stock["apples"];
                await Task.Yield(); // stands in for an async call, e.g. an audit record
                Stock["apples"] = current + 1;
            }
            finally
            {
                Gate.Release();
            }
        }
    }
    // </async-lock>
}
