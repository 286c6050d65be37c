using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Xunit;

namespace Testing;

// <doubler>
/// <summary>
/// The code under test: a pipeline stage that doubles every number it reads, and
/// completes its output when its input ends or when it fails, so that whoever reads the
/// output is never left waiting.
/// </summary>
public static class Doubler
{
    public static async Task RunAsync(
        ChannelReader<int> input,
        ChannelWriter<int> output,
        CancellationToken cancellationToken)
    {
        try
        {
            await foreach (int number in input.ReadAllAsync(cancellationToken))
            {
                await output.WriteAsync(number * 2, cancellationToken);
            }

            output.Complete();
        }
        catch (Exception ex)
        {
            output.TryComplete(ex); // the readers get the failure...
            throw; // ...and so does whoever awaits this stage
        }
    }
}
// </doubler>

// <channel-tests>
public sealed class ChannelTests
{
    // The Timeout cancels TestContext.Current.CancellationToken after 5 s: a stream that
    // never ends fails the test then, instead of hanging the run.
    [Fact(Timeout = 5_000)]
    public async Task DoublesEveryNumberThenEnds()
    {
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        var input = Channel.CreateUnbounded<int>();
        var output = Channel.CreateUnbounded<int>();
        Task stage = Doubler.RunAsync(input.Reader, output.Writer, cancellationToken);

        foreach (int number in new[] { 1, 2, 3 })
        {
            await input.Writer.WriteAsync(number, cancellationToken);
        }

        input.Writer.Complete();

        var doubled = new List<int>();
        await foreach (int number in output.Reader.ReadAllAsync(cancellationToken))
        {
            doubled.Add(number);
        }

        Assert.Equal([2, 4, 6], doubled);
        await stage;
    }

    [Fact(Timeout = 5_000)]
    public async Task WhenCancelledItEndsItsOutputToo()
    {
        var input = Channel.CreateUnbounded<int>();
        var output = Channel.CreateUnbounded<int>();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(
            TestContext.Current.CancellationToken);
        Task stage = Doubler.RunAsync(input.Reader, output.Writer, cts.Token);

        await input.Writer.WriteAsync(21, TestContext.Current.CancellationToken);
        Assert.Equal(
            42, await output.Reader.ReadAsync(TestContext.Current.CancellationToken));

        await cts.CancelAsync(); // the input is still open: only this stops the stage
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stage);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => output.Reader.Completion);
    }
}
// </channel-tests>
