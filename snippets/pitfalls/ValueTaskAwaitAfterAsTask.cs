// run: process
using System;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Pitfalls;

public static class ValueTaskAwaitAfterAsTask
{
    // <value-task-await-after-as-task>
    public static async Task Main()
    {
        var options = new UnboundedChannelOptions { SingleReader = true };
        Channel<int> channel = Channel.CreateUnbounded<int>(options);

        // Nothing written yet: the read has to wait. The analyzers flag a ValueTask kept
        // to be consumed twice.
        ValueTask<int> read = channel.Reader.ReadAsync(); // warning CA2012: used twice
        Task<int> forTheLog = read.AsTask(); // the first consumer
        Console.WriteLine("awaiting the ValueTask that AsTask() already consumes");
        try
        {
            Console.WriteLine($"await: {await read}"); // the second consumer
        }
        catch (InvalidOperationException ex)
        {
            Console.WriteLine($"caught: {ex.Message}");
        }
    }
    // </value-task-await-after-as-task>
}
