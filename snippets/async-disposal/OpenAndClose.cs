using System;
using System.IO;
using System.Threading.Tasks;

namespace AsyncDisposal;

public static class OpenAndClose
{
    // <open-and-close>
    public static async Task Main()
    {
        await PrintReportAsync("orders");
        Console.WriteLine("back in Main");

        try
        {
            await PrintReportAsync("archive"); // this server refuses the handshake
        }
        catch (IOException ex)
        {
            Console.WriteLine($"caught IOException: {ex.Message}");
        }
    }

    private static async Task PrintReportAsync(string server)
    {
        await using Connection connection = await Connection.OpenAsync(server);
        int rows = await connection.CountRowsAsync();
        Console.WriteLine($"{connection.Name} has {rows} rows");
        Console.WriteLine("end of PrintReportAsync's body");
    } // connection.DisposeAsync() is awaited here, when the variable goes out of scope

    private sealed class Connection : IAsyncDisposable
    {
        private bool _disposed;

        private Connection(string name)
        {
            Name = name;
            Console.WriteLine($"opening {name}"); // stands in for acquiring a socket
        }

        public string Name { get; }

        // A constructor cannot await, so the asynchronous setup lives in a factory.
        public static async Task<Connection> OpenAsync(string name)
        {
            var connection = new Connection(name);
            try
            {
                await connection.HandshakeAsync();
                return connection;
            }
            catch
            {
                // The caller never gets the connection, so nobody else can close it.
                await connection.DisposeAsync();
                throw;
            }
        }

        public async Task<int> CountRowsAsync()
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            await Task.Delay(10);
            return 42;
        }

        public async ValueTask DisposeAsync()
        {
            if (_disposed)
            {
                return; // disposing twice must be harmless
            }

            _disposed = true;
            Console.WriteLine($"closing {Name}");
            await Task.Delay(10); // stands in for flushing and saying goodbye
            Console.WriteLine($"closed {Name}");
        }

        private async Task HandshakeAsync()
        {
            await Task.Delay(10); // stands in for the network handshake
            if (Name == "archive")
            {
                throw new IOException($"{Name} refused the handshake");
            }

            Console.WriteLine($"opened {Name}");
        }
    }
    // </open-and-close>
}
