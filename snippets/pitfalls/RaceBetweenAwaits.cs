using System;
using System.Threading;
using System.Threading.Tasks;

namespace Pitfalls;

public static class RaceBetweenAwaits
{
    // <race-between-awaits>
    public static async Task Main()
    {
        // Makes the unlucky timing certain: each add waits inside its section until the other is inside too.
        using var bothInside = new Barrier(participantCount: 2);
        var basket = new Basket(bothInside);
        bool[] sawEachOther = await Task.WhenAll(basket.AddAsync(), basket.AddAsync());
        Console.WriteLine($"both inside at once: {sawEachOther[0] || sawEachOther[1]}");
        Console.WriteLine($"items after 2 adds: {basket.Count}");
    }

    private sealed class Basket(Barrier bothInside)
    {
        private int _count;

        public int Count => _count;

        public async Task<bool> AddAsync()
        {
            await Task.Delay(10); // stands in for checking the price; the rest runs on a pool thread

            // No await from here to the end: asyncio would run this section without interruption.
            int count = _count;
            bool sawTheOther = bothInside.SignalAndWait(TimeSpan.FromSeconds(1));
            _count = count + 1;
            return sawTheOther;
        }
    }
    // </race-between-awaits>
}
