// requires: .NET 9 (System.Threading.Lock)
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Coordination;

public static class LockType
{
    // <lock-type>
    private static readonly Lock Gate = new();
    private static readonly List<int> Results = [];
    private static int s_total;

    public static async Task Main()
    {
        await Task.WhenAll(Enumerable.Range(1, 10).Select(ProcessAsync));

        Console.WriteLine($"results: {Results.Count}, total: {s_total}");
    }

    private static async Task ProcessAsync(int id)
    {
        for (int i = 0; i < 100; i++)
        {
            await Task.Yield(); // the async work happens outside the lock

            // Synchronous sections only: no await may appear inside either form.
            lock (Gate)
            {
                Results.Add(id);
            }

            using (Gate.EnterScope())
            {
                s_total += id;
            }
        }
    }
    // </lock-type>
}
