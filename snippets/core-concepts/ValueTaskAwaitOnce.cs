using System;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace CoreConcepts;

public static class ValueTaskAwaitOnce
{
    // <value-task-await-once>
    public static async Task Main()
    {
        // A single-reader channel backs every read that waits with one reusable object.
        Channel<int> channel = Channel.CreateUnbounded<int>(
            new UnboundedChannelOptions { SingleReader = true });

        // Nothing written yet, so this read has to wait. The analyzers flag keeping a
        // ValueTask to await later.
        ValueTask<int> read = channel.Reader.ReadAsync(); // warning CA2012: stored
        await channel.Writer.WriteAsync(1);
        Console.WriteLine($"first await: {await read}");
        try
        {
            Console.WriteLine($"second await: {await read}");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine($"second await: {e.GetType().Name}: {e.Message}");
        }

        // To await a result more than once, convert once with AsTask() and keep the Task.
        Task<int> task = channel.Reader.ReadAsync().AsTask();
        await channel.Writer.WriteAsync(2);
        Console.WriteLine($"a Task awaited twice: {await task}, {await task}");
    }
    // </value-task-await-once>
}
