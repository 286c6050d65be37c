using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Testing;

// <retrier>
/// <summary>
/// The code under test: runs an operation, and after each TimeoutException waits 1 s,
/// then 2 s, 4 s... before trying again, up to <c>maxAttempts</c> attempts in all.
/// </summary>
public sealed class Retrier(TimeProvider timeProvider)
{
    public async Task<T> RunAsync<T>(
        Func<CancellationToken, Task<T>> operation,
        int maxAttempts,
        CancellationToken cancellationToken)
    {
        var backoff = TimeSpan.FromSeconds(1);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await operation(cancellationToken);
            }
            catch (TimeoutException) when (attempt < maxAttempts)
            {
                await Task.Delay(backoff, timeProvider, cancellationToken);
                backoff *= 2;
            }
        }
    }
}
// </retrier>

// <timer-aware-provider>
/// <summary>
/// A FakeTimeProvider that lets a test wait until the code under test has started a
/// timer.
/// </summary>
public sealed class TimerAwareTimeProvider : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _started = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(
        TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ITimer timer = base.CreateTimer(callback, state, dueTime, period);
        // The timer is scheduled: advancing the time from now on fires it.
        _started.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>
    /// Waits for the next timer the code under test starts, and returns its due time.
    /// </summary>
    public ValueTask<TimeSpan> NextTimerAsync(CancellationToken cancellationToken) =>
        _started.Reader.ReadAsync(cancellationToken);
}
// </timer-aware-provider>

public sealed class RetryTests
{
    // <retry-tests>
    [Fact(Timeout = 5_000)]
    public async Task RetriesAfterOneSecondThenTwo()
    {
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        var time = new TimerAwareTimeProvider();
        var attempts = 0;

        Task<string> result = new Retrier(time).RunAsync(
            _ => ++attempts < 3
                ? Task.FromException<string>(new TimeoutException())
                : Task.FromResult("done"),
            maxAttempts: 3,
            cancellationToken);

        // Attempt 1 failed.
        Assert.Equal(
            TimeSpan.FromSeconds(1), await time.NextTimerAsync(cancellationToken));
        time.Advance(TimeSpan.FromSeconds(1));
        // Attempt 2 failed.
        Assert.Equal(
            TimeSpan.FromSeconds(2), await time.NextTimerAsync(cancellationToken));
        time.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal("done", await result);
        Assert.Equal(3, attempts);
        // 3 fake seconds, and no real ones.
        Assert.Equal(TimeSpan.FromSeconds(3), time.GetUtcNow() - time.Start);
    }
    // </retry-tests>

    // <advance-too-early>
    [Fact(Timeout = 5_000)]
    public async Task AdvancingBeforeTheCodeWaitsIsLost()
    {
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        var time = new TimerAwareTimeProvider();
        var firstAttempt = new TaskCompletionSource<string>();
        var attempts = 0;

        Task<string> result = new Retrier(time).RunAsync(
            _ => ++attempts == 1 ? firstAttempt.Task : Task.FromResult("done"),
            maxAttempts: 2,
            cancellationToken);

        // Too early: attempt 1 is still running, and no timer exists.
        time.Advance(TimeSpan.FromSeconds(1));
        // Attempt 1 fails: now the code starts its 1 s timer.
        firstAttempt.SetException(new TimeoutException());
        await time.NextTimerAsync(cancellationToken);

        // The early second was lost: the code is still waiting.
        Assert.False(result.IsCompleted);
        Assert.Equal(1, attempts);

        // Advanced while the code waits: the timer fires.
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("done", await result);
        Assert.Equal(2, attempts);
    }
    // </advance-too-early>

    // <timer-aware-limit>
    [Fact(Timeout = 5_000)]
    public async Task EveryTimerCountsNotOnlyDelays()
    {
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        var time = new TimerAwareTimeProvider();
        var answer = new TaskCompletionSource<decimal>();

        // The client waits for the service, not for a timer; yet it has started one.
        Task<decimal> quote = new QuoteClient(_ => answer.Task, time)
            .GetQuoteAsync(cancellationToken);
        TimeSpan first = await time.NextTimerAsync(cancellationToken);
        Assert.Equal(QuoteClient.QuoteTimeout, first);

        // WaitAsync with a TimeProvider starts a timer too.
        var probe = new TaskCompletionSource<bool>();
        Task<string> status = new HealthCheck(() => probe.Task, time)
            .CheckAsync(cancellationToken);
        Assert.Equal(HealthCheck.Limit, await time.NextTimerAsync(cancellationToken));

        answer.SetResult(1.5m);
        probe.SetResult(true);
        Assert.Equal(1.5m, await quote);
        Assert.Equal("healthy", await status);
    }
    // </timer-aware-limit>

    [Fact(Timeout = 5_000)]
    public async Task GivesUpAfterTheLastAttempt()
    {
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        var time = new TimerAwareTimeProvider();

        Task<string> result = new Retrier(time).RunAsync(
            _ => Task.FromException<string>(new TimeoutException()),
            maxAttempts: 2,
            cancellationToken);

        time.Advance(await time.NextTimerAsync(cancellationToken));
        await Assert.ThrowsAsync<TimeoutException>(() => result);
    }
}
