// mistake: race-between-awaits
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Pitfalls;

public static class RaceBetweenAwaits
{
    // <race-between-awaits>
    public static async Task Main()
    {
        // Makes the unlucky timing certain: after reading the count, each add waits,
        // with no time limit, until the other add has read it too.
        using var bothRead = new Barrier(participantCount: 2);
        var basket = new Basket(bothRead);
        int[] read = await Task.WhenAll(basket.AddAsync(), basket.AddAsync());
        Console.WriteLine($"counts the adds read: {read[0]} and {read[1]}");
        Console.WriteLine($"items after 2 adds: {basket.Count}");
    }

    private sealed class Basket(Barrier bothRead)
    {
        private int _count;

        public int Count => _count;

        public async Task<int> AddAsync()
        {
            await Task.Delay(10); // stands in for checking the price

            // No await from here to the end: asyncio would run it without interruption.
            int count = _count;
            bothRead.SignalAndWait(); // returns only once both adds are here
            _count = count + 1;
            return count;
        }
    }
    // </race-between-awaits>
}
