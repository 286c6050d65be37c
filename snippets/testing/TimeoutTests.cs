using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Testing;

// <quote-client>
/// <summary>
/// The code under test: asks a quote service for a price, and gives up after 30 s.
/// </summary>
public sealed class QuoteClient(
    Func<CancellationToken, Task<decimal>> fetchQuoteAsync, TimeProvider timeProvider)
{
    public static readonly TimeSpan QuoteTimeout = TimeSpan.FromSeconds(30);

    public async Task<decimal> GetQuoteAsync(CancellationToken cancellationToken)
    {
        // The timer starts here, before the first await: by the time this method
        // returns its task, it is running.
        using var timeout = new CancellationTokenSource(QuoteTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(
            cancellationToken, timeout.Token);
        try
        {
            return await fetchQuoteAsync(linked.Token);
        }
        // Our timeout, and only ours: any other cancellation propagates unchanged.
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested
            && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"No quote within {QuoteTimeout.TotalSeconds} seconds.", ex);
        }
    }
}
// </quote-client>

// <timeout-tests>
public sealed class TimeoutTests
{
    // A quote service that never answers, but stops when its token is cancelled.
    private static async Task<decimal> NeverAnswers(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        return 0m;
    }

    [Fact(Timeout = 5_000)]
    public async Task GivesUpAfterThirtySeconds()
    {
        var time = new FakeTimeProvider();
        var client = new QuoteClient(NeverAnswers, time);

        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        Task<decimal> quote = client.GetQuoteAsync(cancellationToken);

        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(quote.IsCompleted); // 29 fake seconds: still waiting
        time.Advance(TimeSpan.FromSeconds(1));
        var timeout = await Assert.ThrowsAsync<TimeoutException>(() => quote);
        Assert.Equal("No quote within 30 seconds.", timeout.Message);
    }

    [Fact(Timeout = 5_000)]
    public async Task TheCallersCancellationIsNotATimeout()
    {
        var time = new FakeTimeProvider();
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(
            TestContext.Current.CancellationToken);

        var client = new QuoteClient(NeverAnswers, time);
        Task<decimal> quote = client.GetQuoteAsync(caller.Token);
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => quote);
    }

    // A quote service that gives up on its own, as an inner timeout of its own would.
    private static async Task<decimal> GivesUpItself(CancellationToken token)
    {
        using var own = CancellationTokenSource.CreateLinkedTokenSource(token);
        await own.CancelAsync();
        await Task.Delay(Timeout.InfiniteTimeSpan, own.Token);
        return 0m;
    }

    [Fact(Timeout = 5_000)]
    public async Task AnotherCancellationIsNotOurTimeout()
    {
        var time = new FakeTimeProvider(); // never advanced: our 30 s never pass
        var client = new QuoteClient(GivesUpItself, time);

        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        Task<decimal> quote = client.GetQuoteAsync(cancellationToken);

        // Not a TimeoutException: the client did not time out, the service gave up.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => quote);
    }
}
// </timeout-tests>

// <health-check>
/// <summary>
/// The code under test: reports a service as silent if its probe has not answered
/// within 5 seconds.
/// </summary>
public sealed class HealthCheck(Func<Task<bool>> probeAsync, TimeProvider timeProvider)
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    public async Task<string> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            bool healthy = await probeAsync()
                .WaitAsync(Limit, timeProvider, cancellationToken);
            return healthy ? "healthy" : "unhealthy";
        }
        catch (TimeoutException)
        {
            return "silent";
        }
    }
}
// </health-check>

// <wait-async-tests>
public sealed class WaitAsyncTests
{
    [Fact(Timeout = 5_000)]
    public async Task ReportsSilentAfterFiveSeconds()
    {
        var time = new FakeTimeProvider();
        var probe = new TaskCompletionSource<bool>();

        var check = new HealthCheck(() => probe.Task, time);
        Task<string> status = check.CheckAsync(TestContext.Current.CancellationToken);
        time.Advance(HealthCheck.Limit);

        Assert.Equal("silent", await status);
    }

    [Fact(Timeout = 5_000)]
    public async Task AnAnswerJustInTimeCounts()
    {
        var time = new FakeTimeProvider();
        var probe = new TaskCompletionSource<bool>();

        var check = new HealthCheck(() => probe.Task, time);
        Task<string> status = check.CheckAsync(TestContext.Current.CancellationToken);
        time.Advance(HealthCheck.Limit - TimeSpan.FromMilliseconds(1));
        probe.SetResult(false);

        Assert.Equal("unhealthy", await status);
    }
}
// </wait-async-tests>
