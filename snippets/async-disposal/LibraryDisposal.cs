using System;
using System.Threading.Tasks;

namespace AsyncDisposal;

public static class LibraryDisposal
{
    // <library-disposal>
    public static async Task Main() =>
        Console.WriteLine($"rows: {await CountRowsAsync()}");

    // Library code: every await says ConfigureAwait(false), DisposeAsync's too.
    public static async Task<int> CountRowsAsync()
    {
        Connection connection = await Connection.OpenAsync().ConfigureAwait(false);
        await using var scope = connection.ConfigureAwait(false);
        Console.WriteLine($"await using declared a {scope.GetType().Name}");
        return await connection.CountRowsAsync().ConfigureAwait(false);
    }

    private sealed class Connection : IAsyncDisposable
    {
        private readonly int _rows = 42;

        public static async Task<Connection> OpenAsync()
        {
            await Task.Yield();
            return new Connection();
        }

        public async Task<int> CountRowsAsync()
        {
            await Task.Yield();
            return _rows;
        }

        public async ValueTask DisposeAsync()
        {
            await Task.Yield();
            Console.WriteLine("connection closed");
        }
    }
    // </library-disposal>
}
