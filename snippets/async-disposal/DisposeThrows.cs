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
