// mistake: elided
// fix: awaited
using System;
using System.IO;
using System.Threading.Tasks;

namespace Pitfalls;

public static class ElidedAwait
{
    public static async Task Main()
    {
        await ShowAsync("async, no path", _ => LoadAsync(path: null));
        await ShowAsync("elided, no path", _ => LoadElidedAsync(path: null));

        await ShowAsync("async, using", ReadAllAsync);
        await ShowAsync("elided, using", ReadAllElidedAsync);

        var reset = new IOException("connection reset");
        await ShowAsync("async, try", ReadOrCachedAsync, failure: reset);
        await ShowAsync("elided, try", ReadOrCachedElidedAsync, failure: reset);
    }

    // Calls the method; only once the call has returned does the server answer.
    private static async Task ShowAsync(
        string how, Func<Connection, Task<string>> method, Exception? failure = null)
    {
        var connection = new Connection(failure);
        Task<string> task;
        try
        {
            task = method(connection);
        }
        catch (Exception ex)
        {
            Console.WriteLine($"{how}: the call threw {ex.GetType().Name}");
            return;
        }

        connection.Answer();
        try
        {
            string result = await task;
            Console.WriteLine($"{how}: the call returned a task, which gave {result}");
        }
        catch (Exception ex)
        {
            Console.WriteLine(
                $"{how}: the call returned a task; await threw {ex.GetType().Name}");
        }
    }

    // <awaited>
    private static async Task<string> LoadAsync(string? path)
    {
        ArgumentNullException.ThrowIfNull(path); // goes into the returned task
        return await File.ReadAllTextAsync(path);
    }

    // Owns the connection: closes it when done.
    private static async Task<string> ReadAllAsync(Connection connection)
    {
        using (connection)
        {
            return await connection.ReadAsync(); // closed after the read has ended
        }
    }

    private static async Task<string> ReadOrCachedAsync(Connection connection)
    {
        try
        {
            return await connection.ReadAsync();
        }
        catch (IOException)
        {
            return "the cached copy"; // the catch sees the read's failure
        }
    }

    // <elided>
    // A connection whose server answers only when Main says so, which fixes the order.
    private sealed class Connection(Exception? failure) : IDisposable
    {
        private readonly TaskCompletionSource _answer =
            new(TaskCreationOptions.RunContinuationsAsynchronously);
        private bool _closed;

        public async Task<string> ReadAsync()
        {
            await _answer.Task;
            ObjectDisposedException.ThrowIf(_closed, this); // closed meanwhile?
            return failure is null ? "the report" : throw failure;
        }

        public void Answer() => _answer.SetResult();

        public void Dispose() => _closed = true;
    }
    // </awaited>

    private static Task<string> LoadElidedAsync(string? path)
    {
        ArgumentNullException.ThrowIfNull(path); // thrown at the call itself
        return File.ReadAllTextAsync(path);
    }

    private static Task<string> ReadAllElidedAsync(Connection connection)
    {
        using (connection)
        {
            return connection.ReadAsync(); // closed now, while the read is pending
        }
    }

    private static Task<string> ReadOrCachedElidedAsync(Connection connection)
    {
        try
        {
            return connection.ReadAsync(); // the try ends here, before the read does
        }
        catch (IOException)
        {
            return Task.FromResult("the cached copy");
        }
    }
    // </elided>
}
