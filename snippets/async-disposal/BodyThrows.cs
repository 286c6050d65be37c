using System;
using System.Threading.Tasks;

namespace AsyncDisposal;

public static class BodyThrows
{
    // <body-throws>
    public static async Task Main()
    {
        try
        {
            await using var connection = new Connection();
            Console.WriteLine("running a query");
            await Task.Yield();
            throw new InvalidOperationException("query failed");
        }
        catch (InvalidOperationException ex)
        {
            // DisposeAsync has already run; the exception still reached us.
            Console.WriteLine($"caught {ex.GetType().Name}: {ex.Message}");
        }
    }

    private sealed class Connection : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Task.Yield();
            Console.WriteLine("connection closed");
        }
    }
    // </body-throws>
}
