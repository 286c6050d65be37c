using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace StructuredConcurrency;

public static class BoundedParallelLoops
{
    // <bounded-parallel-loops>
    public static async Task Main()
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = 3 };

        // Parallel.ForEachAsync (.NET 6): one body per element, at most 3 at a time.
        string[] urls =
            [.. Enumerable.Range(1, 20).Select(i => $"https://example.com/items/{i}")];
        ConcurrentDictionary<string, int> sizes = new();
        var meter = new ConcurrencyMeter(options.MaxDegreeOfParallelism);
        await Parallel.ForEachAsync(urls, options, async (url, ct) =>
        {
            await meter.EnterAsync();
            await Task.Delay(10, ct); // stands in for the HTTP request
            sizes[url] = url.Length;
            meter.Exit();
        });
        Console.WriteLine(
            $"ForEachAsync: {sizes.Count} pages, {sizes.Values.Sum()} bytes, " +
            $"peak concurrency {meter.Peak}");

        // Parallel.ForAsync (.NET 8): the same for a range of integers.
        long[] squares = new long[20];
        meter = new ConcurrencyMeter(options.MaxDegreeOfParallelism);
        await Parallel.ForAsync(0, squares.Length, options, async (i, ct) =>
        {
            await meter.EnterAsync();
            await Task.Delay(10, ct);
            // Each index is written by one body only: no lock needed.
            squares[i] = (long)i * i;
            meter.Exit();
        });
        Console.WriteLine(
            $"ForAsync: sum of squares {squares.Sum()}, peak concurrency {meter.Peak}");

        // Without MaxDegreeOfParallelism the limit is the number of processors.
        meter = new ConcurrencyMeter(Environment.ProcessorCount);
        await Parallel.ForAsync(0, Environment.ProcessorCount * 3, async (i, ct) =>
        {
            await meter.EnterAsync();
            await Task.Delay(10, ct);
            meter.Exit();
        });
        Console.WriteLine(
            "no limit set: peak concurrency == ProcessorCount: " +
            $"{meter.Peak == Environment.ProcessorCount}");
    }

    /// <summary>Counts bodies running at once and records the peak.</summary>
    private sealed class ConcurrencyMeter(int limit)
    {
        private readonly object _gate = new();
        private readonly TaskCompletionSource _reachedLimit =
            new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _running;

        public int Peak { get; private set; }

        public Task EnterAsync()
        {
            lock (_gate)
            {
                _running++;
                Peak = Math.Max(Peak, _running);
                if (_running == limit)
                {
                    _reachedLimit.TrySetResult();
                }
            }

            // Hold the first bodies until `limit` run at once,
            // so the peak does not depend on timing.
            return _reachedLimit.Task;
        }

        public void Exit()
        {
            lock (_gate)
            {
                _running--;
            }
        }
    }
    // </bounded-parallel-loops>
}
