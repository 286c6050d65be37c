using System;
using System.Threading.Tasks;

namespace AsyncDisposal;

public static class DisposeThrows
{
    // <dispose-throws>
    public static async Task Main()
    {
        try
        {
            await using var connection = new FlakyConnection();
            throw new InvalidOperationException("query failed");
        }
        catch (Exception ex)
        {
            Console.WriteLine($"caught {ex.GetType().Name}: {ex.Message}");
            // Nothing links the new exception to the one it replaced.
            Console.WriteLine($"InnerException is null: {ex.InnerException is null}");
        }
    }

    private sealed class FlakyConnection : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Task.Yield();
            throw new TimeoutException("close timed out");
        }
    }
    // </dispose-throws>
}
