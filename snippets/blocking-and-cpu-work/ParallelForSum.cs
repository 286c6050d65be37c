using System;
using System.Threading;
using System.Threading.Tasks;

namespace BlockingAndCpuWork;

public static class ParallelForSum
{
    // <parallel-for-sum>
    public static async Task Main()
    {
        const int count = 2_000_000;

        long sequential = 0;
        for (int i = 0; i < count; i++)
        {
            sequential += Score(i);
        }

        // Parallel.For blocks its caller until the loop is done: a caller that must
        // stay free (a UI thread) runs it through Task.Run.
        long parallel = await Task.Run(() =>
        {
            long total = 0;
            Parallel.For(0, count,
                // one subtotal per worker...
                localInit: () => 0L,
                // ...updated without locks...
                body: (i, _, subtotal) => subtotal + Score(i),
                // ...and combined once per worker
                localFinally: subtotal => Interlocked.Add(ref total, subtotal));
            return total;
        });

        Console.WriteLine($"sequential: {sequential}");
        Console.WriteLine($"parallel:   {parallel}");
        Console.WriteLine($"equal: {sequential == parallel}");
    }

    private static long Score(int i) => (long)i * i % 1_000;
    // </parallel-for-sum>
}
