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
        IAsyncEnumerable<Order> orders = OrdersAsync();

        List<string> bigOrders = await orders
            .Where(order => order.Total >= 100)
            .Select(order => $"#{order.Id} ({order.Total})")
            .Take(2)
            .ToListAsync();
        Console.WriteLine($"first two big orders: {string.Join(", ", bigOrders)}");

        // Enumerating the same stream again runs the iterator again, from the start.
        // Overloads taking (item, CancellationToken) => ValueTask<T> run an async step.
        int[] inStock = await orders
            .Where(IsInStockAsync)
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

    private static async ValueTask<bool> IsInStockAsync(
        Order order, CancellationToken cancellationToken)
    {
        await Task.Delay(5, cancellationToken);
        return order.Id % 2 == 1;
    }
    // </linq>
}
