// mistake: elided
// fix: awaited
using System;
using System.IO;
using System.Threading.Tasks;

namespace Pitfalls;

public static class ElidedAwait
{
    // <main>
    public static async Task Main()
    {
        await ShowAsync("async, no path", _ => LoadAsync(path: null));
        await ShowAsync("elided, no path", _ => LoadElidedAsync(path: null));

        await ShowAsync("async, using", DownloadAsync);
        await ShowAsync("elided, using", DownloadElidedAsync);

        var reset = new IOException("connection reset");
        await ShowAsync("async, try", DownloadOrCachedAsync, failure: reset);
        await ShowAsync("elided, try", DownloadOrCachedElidedAsync, failure: reset);
    }

    // Calls the method; only once the call has returned does the server answer.
    private static async Task ShowAsync(
        string how, Func<Server, Task<string>> method, Exception? failure = null)
    {
        var server = new Server(failure);
        Task<string> task;
        try
        {
            task = method(server);
        }
        catch (Exception ex)
        {
            Console.WriteLine($"{how}: the call threw {ex.GetType().Name}");
            return;
        }

        server.Respond();
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
    // </main>

    // <awaited>
    private static async Task<string> LoadAsync(string? path)
    {
        ArgumentNullException.ThrowIfNull(path); // goes into the returned task
        return await File.ReadAllTextAsync(path);
    }

    private static async Task<string> DownloadAsync(Server server)
    {
        using Connection connection = server.Connect();
        return await connection.ReadAsync(); // disposed after the read has ended
    }

    private static async Task<string> DownloadOrCachedAsync(Server server)
    {
        try
        {
            return await server.DownloadAsync();
        }
        catch (IOException)
        {
            return "the cached copy"; // the catch sees the download's failure
        }
    }
    // </awaited>

    // <elided>
    private static Task<string> LoadElidedAsync(string? path)
    {
        ArgumentNullException.ThrowIfNull(path); // thrown at the call itself
        return File.ReadAllTextAsync(path);
    }

    private static Task<string> DownloadElidedAsync(Server server)
    {
        using Connection connection = server.Connect();
        return connection.ReadAsync(); // disposed now, while the read is pending
    }

    private static Task<string> DownloadOrCachedElidedAsync(Server server)
    {
        try
        {
            return server.DownloadAsync(); // the try ends here, before the download does
        }
        catch (IOException)
        {
            return Task.FromResult("the cached copy");
        }
    }
    // </elided>

    // A server that answers only when Main says so, which fixes the order of events.
    private sealed class Server(Exception? failure)
    {
        private readonly TaskCompletionSource _answer =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Connection Connect() => new(this);

        public async Task<string> DownloadAsync()
        {
            await _answer.Task;
            return failure is null ? "the report" : throw failure;
        }

        public void Respond() => _answer.SetResult();
    }

    private sealed class Connection(Server server) : IDisposable
    {
        private bool _disposed;

        public async Task<string> ReadAsync()
        {
            string report = await server.DownloadAsync();
            ObjectDisposedException.ThrowIf(_disposed, this); // closed meanwhile?
            return report;
        }

        public void Dispose() => _disposed = true;
    }
}
