using System;
using System.Threading.Tasks;

namespace AsyncDisposal;

public static class UsingStatement
{
    // <using-statement>
    public static async Task Main()
    {
        await using (var log = new LogFile("audit.log"))
        {
            await log.WriteAsync("user signed in");
        } // DisposeAsync is awaited at the closing brace
        Console.WriteLine("after the block: the file is closed");
    }

    private sealed class LogFile(string name) : IAsyncDisposable
    {
        public async Task WriteAsync(string line)
        {
            await Task.Yield();
            Console.WriteLine($"{name}: buffered '{line}'");
        }

        public async ValueTask DisposeAsync()
        {
            await Task.Delay(10);
            Console.WriteLine($"{name}: flushed and closed");
        }
    }
    // </using-statement>
}
