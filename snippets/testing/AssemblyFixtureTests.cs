using System.Threading;
using System.Threading.Tasks;
using Testing;
using Xunit;

// <assembly-fixture-attribute>
[assembly: AssemblyFixture(typeof(MessageBrokerFixture))]
// </assembly-fixture-attribute>

namespace Testing;

// <assembly-fixture>
/// <summary>
/// One message broker for the whole test assembly: started before the first test, stopped
/// after the last.
/// </summary>
public sealed class MessageBrokerFixture : IAsyncLifetime
{
    public bool IsRunning { get; private set; }

    public async ValueTask InitializeAsync()
    {
        await Task.Yield();
        IsRunning = true;
    }

    public async ValueTask DisposeAsync()
    {
        await Task.Yield();
        IsRunning = false;
    }
}

// Any test class of the assembly receives it through its constructor, with no
// IClassFixture<T>.
public sealed class OrderEventTests(MessageBrokerFixture broker)
{
    [Fact]
    public void UsesTheSharedBroker() => SharedBroker.AssertIsTheOne(broker);
}
// </assembly-fixture>

public sealed class InvoiceEventTests(MessageBrokerFixture broker)
{
    [Fact]
    public void UsesTheSharedBroker() => SharedBroker.AssertIsTheOne(broker);
}

internal static class SharedBroker
{
    private static MessageBrokerFixture? s_first;

    /// <summary>
    /// The broker is running, and it is the same instance that every other test class
    /// received.
    /// </summary>
    public static void AssertIsTheOne(MessageBrokerFixture broker)
    {
        Assert.True(broker.IsRunning);
        Assert.Same(
            Interlocked.CompareExchange(ref s_first, broker, null) ?? broker, broker);
    }
}
