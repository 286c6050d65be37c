using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Testing;

public sealed class BlockingTests
{
    // A price service that knows one product and, like a real one, answers after an await
    private static async Task<decimal> GetPriceAsync(string sku, CancellationToken token)
    {
        await Task.Yield();
        token.ThrowIfCancellationRequested();
        return sku == "apple" ? 0.50m : throw new KeyNotFoundException(sku);
    }

    // <blocking-tests>
    [Fact]
    public void TotalBlocking()
    {
        var cart = new Cart(GetPriceAsync);
        cart.Add("apple");

        Task<decimal> total = cart.TotalAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0.50m, total.Result); // warning xUnit1031: blocks the test's thread
    }

    [Fact]
    public void UnknownItemBlocking()
    {
        var cart = new Cart(GetPriceAsync);
        cart.Add("durian");

        Task<decimal> total = cart.TotalAsync(TestContext.Current.CancellationToken);

        // .Result wraps the failure: the test has to catch the wrapper and look inside.
        try
        {
            _ = total.Result; // warning xUnit1031: blocks the test's thread
            Assert.Fail("no exception");
        }
        catch (AggregateException wrapper)
        {
            Assert.IsType<KeyNotFoundException>(wrapper.InnerException);
        }
    }
    // </blocking-tests>

    // <awaiting-tests>
    [Fact]
    public async Task TotalAwaiting()
    {
        var cart = new Cart(GetPriceAsync);
        cart.Add("apple");

        decimal total = await cart.TotalAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0.50m, total);
    }

    [Fact]
    public async Task UnknownItemAwaiting()
    {
        var cart = new Cart(GetPriceAsync);
        cart.Add("durian");

        // await rethrows the KeyNotFoundException itself.
        await Assert.ThrowsAsync<KeyNotFoundException>(
            () => cart.TotalAsync(TestContext.Current.CancellationToken));
    }
    // </awaiting-tests>
}
