using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Concurrency.FanOutFanIn;

public static class ParallelForEach
{
    // <parallel-foreach>
    public static async Task Main()
    {
        int[] inputs = [.. Enumerable.Range(0, 2_000)];
        var results = new int[inputs.Length];
        var gauge = new ConcurrencyGauge();
        var options = new ParallelOptions { MaxDegreeOfParallelism = 50 };

        // Items are handed out in any order, so each result goes into its input's slot.
        var indexes = Enumerable.Range(0, inputs.Length);
        await Parallel.ForEachAsync(indexes, options, async (index, token) =>
        {
            using (gauge.Enter())
            {
                results[index] = await SquareAsync(inputs[index], token);
            }
        });

        bool inInputOrder = results.SequenceEqual(inputs.Select(x => x * x));
        Console.WriteLine($"results: {results.Length}, in input order: {inInputOrder}");
        Console.WriteLine(
            $"max in flight <= 50: {gauge.Max <= 50}, " +
            $"more than one at a time: {gauge.Max > 1}");
    }

    private static async Task<int> SquareAsync(int x, CancellationToken token)
    {
        await Task.Delay(1, token); // stands in for an I/O call
        return x * x;
    }

    private sealed class ConcurrencyGauge
    {
        private int _current;
        private int _max;

        public int Max => Volatile.Read(ref _max);

        public IDisposable Enter()
        {
            int now = Interlocked.Increment(ref _current);
            int seen;
            while (now > (seen = Volatile.Read(ref _max)) &&
                Interlocked.CompareExchange(ref _max, now, seen) != seen)
            {
            }

            return new Exit(this);
        }

        private sealed class Exit(ConcurrencyGauge gauge) : IDisposable
        {
            public void Dispose() => Interlocked.Decrement(ref gauge._current);
        }
    }
    // </parallel-foreach>
}
