using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Testing;

// <database>
/// <summary>
/// Stands in for something slow to start and stop, such as a database server in a
/// container.
/// </summary>
public sealed class Database
{
    private readonly ConcurrentDictionary<string, string> _rows = new();

    public bool IsRunning { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        IsRunning = true;
    }

    public async Task StopAsync()
    {
        await Task.Yield();
        IsRunning = false;
    }

    public async Task SaveAsync(
        string key, string value, CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        _rows[key] = value;
    }

    public async Task DeleteAsync(string key)
    {
        await Task.Yield();
        _rows.TryRemove(key, out _);
    }

    public int Count => _rows.Count;
}
// </database>

// <class-fixture>
/// <summary>
/// One database for all the tests of a class: started before the first, stopped after the
/// last.
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    private static int s_starts;

    /// <summary>How many times xunit has initialized this fixture in this run.</summary>
    public static int Starts => Volatile.Read(ref s_starts);

    public Database Database { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await Database.StartAsync(TestContext.Current.CancellationToken);
        Interlocked.Increment(ref s_starts);
    }

    public async ValueTask DisposeAsync() => await Database.StopAsync();
}
// </class-fixture>

// <per-test>
public sealed class AsyncFixtureTests(DatabaseFixture fixture)
    : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private readonly List<string> _saved = [];

    // Before each test: xunit creates the test class anew for every test, then awaits
    // InitializeAsync.
    public async ValueTask InitializeAsync()
    {
        Assert.True(fixture.Database.IsRunning);
        Assert.Equal(1, DatabaseFixture.Starts); // once for the class, not once per test
        await SaveAsync("admin", "Ada");
    }

    // After each test, passed or failed: remove what this test wrote, so the next test
    // starts clean.
    public async ValueTask DisposeAsync()
    {
        foreach (var key in _saved)
        {
            await fixture.Database.DeleteAsync(key);
        }
    }

    private async Task SaveAsync(string key, string value)
    {
        await fixture.Database.SaveAsync(
            key, value, TestContext.Current.CancellationToken);
        _saved.Add(key);
    }

    [Fact]
    public async Task SavesACustomer()
    {
        // Only this test's admin: the other test's rows are gone.
        Assert.Equal(1, fixture.Database.Count);
        await SaveAsync("c1", "Grace");
        Assert.Equal(2, fixture.Database.Count);
    }

    [Fact]
    public async Task SavesTwoCustomers()
    {
        Assert.Equal(1, fixture.Database.Count);
        await SaveAsync("c1", "Grace");
        await SaveAsync("c2", "Edsger");
        Assert.Equal(3, fixture.Database.Count);
    }
}
// </per-test>
