using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Testing;

// <cart>
/// <summary>
/// The code under test: a cart whose prices come from an asynchronous price lookup.
/// </summary>
public sealed class Cart(Func<string, CancellationToken, Task<decimal>> getPriceAsync)
{
    private readonly List<string> _items = [];

    public void Add(string sku) => _items.Add(sku);

    public async Task<decimal> TotalAsync(CancellationToken cancellationToken)
    {
        var total = 0m;
        foreach (var sku in _items)
        {
            total += await getPriceAsync(sku, cancellationToken);
        }

        return total;
    }
}
// </cart>

// <async-tests>
public sealed class AsyncTests
{
    private static readonly Dictionary<string, decimal> Prices =
        new() { ["apple"] = 0.50m, ["bread"] = 2.25m };

    // A fake price service that really is asynchronous: every lookup completes after an
    // await.
    private static async Task<decimal> GetPriceAsync(
        string sku, CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        return Prices[sku];
    }

    [Fact]
    public async Task TotalAddsUpThePrices()
    {
        var cart = new Cart(GetPriceAsync);
        cart.Add("apple");
        cart.Add("bread");

        decimal total = await cart.TotalAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2.75m, total);
    }

    public static TheoryData<string[], decimal> Carts => new()
    {
        { [], 0m },
        { ["apple"], 0.50m },
        { ["apple", "apple", "bread"], 3.25m },
    };

    [Theory]
    [MemberData(nameof(Carts))]
    public async Task TotalOfEachCart(string[] items, decimal expected)
    {
        var cart = new Cart(GetPriceAsync);
        foreach (var item in items)
        {
            cart.Add(item);
        }

        Assert.Equal(
            expected, await cart.TotalAsync(TestContext.Current.CancellationToken));
    }
}
// </async-tests>
