using System;
using System.Threading;
using System.Threading.Tasks;

namespace WhenToUseAsync;

public static class ParallelCpuWork
{
    // <parallel-cpu-work>
    public static async Task Main()
    {
        // Each computation stops halfway until the other one is halfway too.
        // That can only succeed if both are running at the same moment, on two threads.
        using Barrier halfway = new(participantCount: 2);

        Task<Outcome> first = Task.Run(() => CountPrimes(0, 100_000, halfway));
        Task<Outcome> second = Task.Run(() => CountPrimes(100_000, 200_000, halfway));
        Outcome[] outcomes = await Task.WhenAll(first, second);

        foreach (Outcome outcome in outcomes)
        {
            Console.WriteLine(
                $"on a pool thread: {outcome.OnPoolThread}, " +
                $"met the other halfway: {outcome.MetOtherHalfway}");
        }

        int primes = outcomes[0].Primes + outcomes[1].Primes;
        Console.WriteLine($"primes below 200,000: {primes}");
    }

    private sealed record Outcome(int Primes, bool OnPoolThread, bool MetOtherHalfway);

    private static Outcome CountPrimes(int from, int to, Barrier halfway)
    {
        int middle = from + (to - from) / 2;
        int primes = CountPrimes(from, middle);

        // The timeout only turns a failure into "False" instead of a hang.
        bool met = halfway.SignalAndWait(TimeSpan.FromSeconds(5));

        primes += CountPrimes(middle, to);
        return new Outcome(primes, Thread.CurrentThread.IsThreadPoolThread, met);
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
    // </parallel-cpu-work>
}
