// requires: .NET 9 (System.Threading.Lock)
// fix: lock-the-section
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Pitfalls;

public static class LockTheSection
{
    // <lock-the-section>
    public static async Task Main()
    {
        // As before, each add waits inside its section for the other to read the count.
        using var bothRead = new Barrier(participantCount: 2);
        var basket = new Basket(bothRead);
        int[] read = await Task.WhenAll(basket.AddAsync(), basket.AddAsync());
        Array.Sort(read); // either add may get the lock first
        Console.WriteLine($"counts the adds read: {read[0]} and {read[1]}");
        Console.WriteLine($"items after 2 adds: {basket.Count}");
    }

    private sealed class Basket(Barrier bothRead)
    {
        private readonly Lock _gate = new();
        private int _count;

        public int Count
        {
            get { lock (_gate) { return _count; } }
        }

        public async Task<int> AddAsync()
        {
            await Task.Delay(10); // stands in for checking the price

            lock (_gate) // no await inside: the compiler does not allow one
            {
                int count = _count;
                // Waits in vain and gives up: the other add is waiting at the lock.
                bool otherRead = bothRead.SignalAndWait(TimeSpan.FromMilliseconds(50));
                Console.WriteLine(
                    $"the other add read the count meanwhile: {otherRead}");
                _count = count + 1;
                return count;
            }
        }
    }
    // </lock-the-section>
}
