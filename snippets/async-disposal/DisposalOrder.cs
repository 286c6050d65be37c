using System;
using System.Threading.Tasks;

namespace AsyncDisposal;

public static class DisposalOrder
{
    // <disposal-order>
    public static async Task Main()
    {
        await using var connection = await Resource.OpenAsync("connection");
        await using var transaction = await Resource.OpenAsync("transaction");
        await using var command = await Resource.OpenAsync("command");
        Console.WriteLine("working");
    }

    private sealed class Resource(string name) : IAsyncDisposable
    {
        public static async Task<Resource> OpenAsync(string name)
        {
            await Task.Yield();
            Console.WriteLine($"opened {name}");
            return new Resource(name);
        }

        public async ValueTask DisposeAsync()
        {
            await Task.Yield();
            Console.WriteLine($"closed {name}");
        }
    }
    // </disposal-order>
}
