using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Xunit;

namespace Testing;

// <inbox>
/// <summary>
/// The code under test: waits for the next message, however long that takes.
/// </summary>
public sealed class Inbox
{
    private readonly Channel<string> _messages = Channel.CreateUnbounded<string>();

    public void Deliver(string message) => _messages.Writer.TryWrite(message);

    public async Task<string> ReceiveAsync(CancellationToken cancellationToken) =>
        await _messages.Reader.ReadAsync(cancellationToken);
}
// </inbox>

// <test-token>
public sealed class CancellationTokenTests
{
    [Fact(Timeout = 5_000)]
    public async Task ReceivesADeliveredMessage()
    {
        var inbox = new Inbox();
        inbox.Deliver("hello");

        string message = await inbox.ReceiveAsync(TestContext.Current.CancellationToken);

        Assert.Equal("hello", message);
    }

    [Fact]
    public async Task CodeThatGotTheTokenStopsWhenTheTestIsCancelled()
    {
        var inbox = new Inbox();
        Task<string> withToken =
            inbox.ReceiveAsync(TestContext.Current.CancellationToken);
        Task<string> withoutToken = inbox.ReceiveAsync(CancellationToken.None);

        // What xunit does when this test times out or the run is cancelled: it cancels
        // the test's token.
        TestContext.Current.CancelCurrentTest();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => withToken);
        Assert.False(withoutToken.IsCompleted); // still waiting, and would wait forever
    }
}
// </test-token>
