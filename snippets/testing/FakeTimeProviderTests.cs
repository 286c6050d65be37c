using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Testing;

// <heartbeat>
/// <summary>
/// The code under test: sends a heartbeat every <c>interval</c> on a timer from the
/// TimeProvider.
/// </summary>
public sealed class Heartbeat(TimeProvider timeProvider, TimeSpan interval)
    : IAsyncDisposable
{
    private ITimer? _timer;
    private int _sent;

    public int Sent => Volatile.Read(ref _sent);

    public void Start() => _timer = timeProvider.CreateTimer(
        _ => Interlocked.Increment(ref _sent), null, interval, interval);

    public ValueTask DisposeAsync() => _timer?.DisposeAsync() ?? ValueTask.CompletedTask;
}
// </heartbeat>

// <token-cache>
/// <summary>
/// The code under test: caches an access token until the expiry time that came with it.
/// </summary>
public sealed class AccessTokenCache(
    Func<CancellationToken, Task<(string Token, DateTimeOffset ExpiresAt)>> fetchAsync,
    TimeProvider timeProvider)
{
    private (string Token, DateTimeOffset ExpiresAt)? _cached;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_cached is not { } cached || timeProvider.GetUtcNow() >= cached.ExpiresAt)
        {
            _cached = cached = await fetchAsync(cancellationToken);
        }

        return cached.Token;
    }
}
// </token-cache>

// <slow-call-log>
/// <summary>
/// The code under test: times each call and notes the ones slower than a threshold.
/// </summary>
public sealed class SlowCallLog(TimeProvider timeProvider, TimeSpan threshold)
{
    public List<string> Entries { get; } = [];

    public async Task<T> TimeAsync<T>(string name, Func<Task<T>> callAsync)
    {
        long start = timeProvider.GetTimestamp();
        T result = await callAsync();
        TimeSpan elapsed = timeProvider.GetElapsedTime(start);
        if (elapsed > threshold)
        {
            Entries.Add($"{name} took {elapsed.TotalSeconds} s");
        }

        return result;
    }
}
// </slow-call-log>

public sealed class FakeTimeProviderTests
{
    // <advance>
    [Fact]
    public async Task AdvanceFiresEveryTimerThatFallsDue()
    {
        var time = new FakeTimeProvider();
        var heartbeat = new Heartbeat(time, TimeSpan.FromSeconds(10));
        heartbeat.Start();

        time.Advance(TimeSpan.FromSeconds(35));
        Assert.Equal(3, heartbeat.Sent); // at 10, 20 and 30 s, before Advance returned

        await heartbeat.DisposeAsync();
        time.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(3, heartbeat.Sent); // a disposed timer never fires
    }
    // </advance>

    // <set-utc-now>
    [Fact]
    public async Task FetchesANewTokenWhenTheOldOneExpires()
    {
        var time = new FakeTimeProvider(
            new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var fetches = 0;
        var cache = new AccessTokenCache(
            _ => Task.FromResult(($"token-{++fetches}",
                new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero))),
            time);
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;

        Assert.Equal("token-1", await cache.GetAsync(cancellationToken));
        time.SetUtcNow(new DateTimeOffset(2026, 3, 1, 9, 59, 59, TimeSpan.Zero));
        // Still valid: cached.
        Assert.Equal("token-1", await cache.GetAsync(cancellationToken));
        time.SetUtcNow(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero));
        // Expired: fetched again.
        Assert.Equal("token-2", await cache.GetAsync(cancellationToken));

        Assert.Throws<ArgumentOutOfRangeException>( // the fake time never goes backwards
            () => time.SetUtcNow(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero)));
    }
    // </set-utc-now>

    // <auto-advance>
    [Fact]
    public async Task EveryReadOfTheClockMovesItOn()
    {
        var time = new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromSeconds(2) };
        var log = new SlowCallLog(time, threshold: TimeSpan.FromSeconds(1));

        int hits = await log.TimeAsync("search", () => Task.FromResult(42));

        Assert.Equal(42, hits);
        // The start and the end were read 2 fake seconds apart.
        Assert.Equal(["search took 2 s"], log.Entries);
    }
    // </auto-advance>
}
