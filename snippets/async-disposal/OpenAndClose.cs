using System;
using System.Threading.Tasks;

namespace AsyncDisposal;

public static class OpenAndClose
{
    // <open-and-close>
    public static async Task Main()
    {
        await PrintReportAsync();
        Console.WriteLine("back in Main");
    }

    private static async Task PrintReportAsync()
    {
        await using Connection connection = await Connection.OpenAsync("orders");
        int rows = await connection.CountRowsAsync();
        Console.WriteLine($"{connection.Name} has {rows} rows");
        Console.WriteLine("end of PrintReportAsync's body");
    } // connection.DisposeAsync() is awaited here, when the variable goes out of scope

    private sealed class Connection : IAsyncDisposable
    {
        private bool _open;

        private Connection(string name) => Name = name;

        public string Name { get; }

        // A constructor cannot await, so the asynchronous part of creating a connection lives in a factory.
        public static async Task<Connection> OpenAsync(string name)
        {
            Console.WriteLine($"opening {name}");
            var connection = new Connection(name);
            await Task.Delay(10); // stands in for the network handshake
            connection._open = true;
            Console.WriteLine($"opened {name}");
            return connection;
        }

        public async Task<int> CountRowsAsync()
        {
            ObjectDisposedException.ThrowIf(!_open, this);
            await Task.Delay(10);
            return 42;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_open)
            {
                return; // disposing twice must be harmless
            }

            _open = false;
            Console.WriteLine($"closing {Name}");
            await Task.Delay(10); // stands in for flushing and saying goodbye to the server
            Console.WriteLine($"closed {Name}");
        }
    }
    // </open-and-close>
}
