using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace CoreConcepts;

public static class ValueTaskCacheHits
{
    // <value-task-cache-hits>
    private static readonly Dictionary<int, int> Cache = [];

    public static async Task Main()
    {
        const int key = 7;
        Cache[key] = await LoadAsync(key); // fill the cache; every call below is a hit
        _ = await ContainsAsTaskAsync(key); // a first call sets up the runtime's cache

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1_000; i++)
        {
            _ = await GetAsTaskAsync(key);
        }

        long taskBytes = GC.GetAllocatedBytesForCurrentThread() - before;

        before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1_000; i++)
        {
            _ = await GetAsValueTaskAsync(key);
        }

        long valueBytes = GC.GetAllocatedBytesForCurrentThread() - before;

        before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1_000; i++)
        {
            _ = await ContainsAsTaskAsync(key);
        }

        long boolBytes = GC.GetAllocatedBytesForCurrentThread() - before;

        Console.WriteLine($"1,000 hits through Task<int> allocated: {taskBytes > 0}");
        Console.WriteLine(
            $"1,000 hits through ValueTask<int> allocated: {valueBytes > 0}");
        Console.WriteLine($"1,000 hits through Task<bool> allocated: {boolBytes > 0}");
    }

    // A hit still needs a Task<int> object to hand back the value.
    private static Task<int> GetAsTaskAsync(int key) =>
        Cache.TryGetValue(key, out int value)
            ? Task.FromResult(value)
            : LoadAndCacheAsync(key);

    // A hit wraps the value itself; only a miss pays for a Task<int>.
    private static ValueTask<int> GetAsValueTaskAsync(int key) =>
        Cache.TryGetValue(key, out int value)
            ? new ValueTask<int>(value)
            : new ValueTask<int>(LoadAndCacheAsync(key));

    // The runtime keeps a completed task for true and one for false, and returns those.
    private static Task<bool> ContainsAsTaskAsync(int key) =>
        Task.FromResult(Cache.ContainsKey(key));

    private static async Task<int> LoadAndCacheAsync(int key)
    {
        int value = await LoadAsync(key);
        Cache[key] = value;
        return value;
    }

    private static async Task<int> LoadAsync(int key)
    {
        await Task.Delay(10); // stands in for a database query
        return key * 1_000;
    }
    // </value-task-cache-hits>
}
