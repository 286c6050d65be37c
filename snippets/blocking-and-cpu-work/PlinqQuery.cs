using System;
using System.Linq;
using System.Threading.Tasks;

namespace BlockingAndCpuWork;

public static class PlinqQuery
{
    // <plinq-query>
    public static async Task Main()
    {
        int[] candidates = [.. Enumerable.Range(1_000_000, 50_000)];

        // PLINQ partitions the source across cores;
        // like Parallel.For, it blocks the calling thread.
        (int count, int[] firstFive) = await Task.Run(() =>
        {
            int count = candidates.AsParallel().Count(IsPrime);
            int[] firstFive =
                [.. candidates.AsParallel().AsOrdered().Where(IsPrime).Take(5)];
            return (count, firstFive);
        });

        int sequentialCount = candidates.Count(IsPrime);
        Console.WriteLine(
            $"primes found in parallel: {count}, sequentially: {sequentialCount}");
        Console.WriteLine(
            "first five, in source order thanks to AsOrdered: " +
            string.Join(", ", firstFive));
    }

    private static bool IsPrime(int n)
    {
        if (n < 2)
        {
            return false;
        }

        for (int d = 2; (long)d * d <= n; d++)
        {
            if (n % d == 0)
            {
                return false;
            }
        }

        return true;
    }
    // </plinq-query>
}
