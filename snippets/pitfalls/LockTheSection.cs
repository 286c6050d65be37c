// requires: .NET 9 (System.Threading.Lock)
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Pitfalls;

public static class LockTheSection
{
    // <lock-the-section>
    public static async Task Main()
    {
        // As before, each add waits inside its section for the other: here the lock keeps the other out.
        using var bothInside = new Barrier(participantCount: 2);
        var basket = new Basket(bothInside);
        bool[] sawEachOther = await Task.WhenAll(basket.AddAsync(), basket.AddAsync());
        Console.WriteLine($"both inside at once: {sawEachOther[0] || sawEachOther[1]}");
        Console.WriteLine($"items after 2 adds: {basket.Count}");
    }

    private sealed class Basket(Barrier bothInside)
    {
        private readonly Lock _gate = new();
        private int _count;

        public int Count
        {
            get { lock (_gate) { return _count; } }
        }

        public async Task<bool> AddAsync()
        {
            await Task.Delay(10); // stands in for checking the price; the rest runs on a pool thread

            lock (_gate) // no await inside: the compiler does not allow one
            {
                int count = _count;
                bool sawTheOther = bothInside.SignalAndWait(TimeSpan.FromMilliseconds(50)); // gives up: the other add waits at the lock
                _count = count + 1;
                return sawTheOther;
            }
        }
    }
    // </lock-the-section>
}
