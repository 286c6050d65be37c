using System;
using System.Threading;
using System.Threading.Tasks;

namespace WhenToUseAsync;

public static class CpuWorkInAsyncMethod
{
    // <cpu-work-in-async-method>
    public static async Task Main()
    {
        Thread caller = Thread.CurrentThread;

        Task<int> first = CountPrimesAsync("first", 0, 100_000, caller);
        Task<int> second = CountPrimesAsync("second", 100_000, 200_000, caller);
        Console.WriteLine(
            "both tasks were already complete when the calls returned: " +
            $"{first.IsCompleted && second.IsCompleted}");

        int[] counts = await Task.WhenAll(first, second);
        Console.WriteLine($"primes below 200,000: {counts[0] + counts[1]}");
    }

    // async, but with nothing to wait for: the whole method runs on the caller's thread,
    // like any other call.
    private static async Task<int> CountPrimesAsync(
        string name,
        int from,
        int to,
        Thread caller)
    {
        Console.WriteLine(
            $"{name}: started, on the caller's thread: {Thread.CurrentThread == caller}");
        int primes = CountPrimes(from, to);
        Console.WriteLine($"{name}: finished");
        return primes;
    }

    private static int CountPrimes(int from, int to)
    {
        int count = 0;
        for (int n = Math.Max(from, 2); n < to; n++)
        {
            bool prime = true;
            for (int d = 2; d * d <= n; d++)
            {
                if (n % d == 0)
                {
                    prime = false;
                    break;
                }
            }

            if (prime)
            {
                count++;
            }
        }

        return count;
    }
    // </cpu-work-in-async-method>
}
