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
        Channel<int> channel = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });

#pragma warning disable CA2012 // reports this misuse; suppressed here to show what happens
        ValueTask<int> read = channel.Reader.ReadAsync(); // nothing written yet: the read has to wait
#pragma warning restore CA2012
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
