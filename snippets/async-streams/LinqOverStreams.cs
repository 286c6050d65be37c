// requires: .NET 10 (System.Linq.AsyncEnumerable)
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace AsyncStreams;

public static class LinqOverStreams
{
    // <linq>
    public static async Task Main()
    {
        List<string> bigOrders = await OrdersAsync()
            .Where(order => order.Total >= 100)
            .Select(order => $"#{order.Id} ({order.Total})")
            .Take(2)
            .ToListAsync();
        Console.WriteLine($"first two big orders: {string.Join(", ", bigOrders)}");

        // Overloads taking (item, CancellationToken) => ValueTask<T> run an async step per item.
        int[] inStock = await OrdersAsync()
            .Where(async (order, cancellationToken) => await IsInStockAsync(order, cancellationToken))
            .Select(order => order.Id)
            .ToArrayAsync();
        Console.WriteLine($"in stock: {string.Join(", ", inStock)}");
    }

    private sealed record Order(int Id, decimal Total);

    private static async IAsyncEnumerable<Order> OrdersAsync()
    {
        decimal[] totals = [50, 120, 80, 300, 200];
        for (int i = 0; i < totals.Length; i++)
        {
            await Task.Yield(); // stands in for paging through a database
            Console.WriteLine($"  source yields order #{i + 1}");
            yield return new Order(i + 1, totals[i]);
        }
    }

    private static async ValueTask<bool> IsInStockAsync(Order order, CancellationToken cancellationToken)
    {
        await Task.Delay(5, cancellationToken);
        return order.Id % 2 == 1;
    }
    // </linq>
}
