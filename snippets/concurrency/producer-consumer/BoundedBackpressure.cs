using System;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Concurrency.ProducerConsumer;

public static class BoundedBackpressure
{
    // <backpressure>
    public static async Task Main()
    {
        var channel = Channel.CreateBounded<int>(capacity: 2);

        await channel.Writer.WriteAsync(1);
        await channel.Writer.WriteAsync(2);

        // The channel is full, so this write waits for a reader to make room.
        Task third = channel.Writer.WriteAsync(3).AsTask();
        Console.WriteLine(
            $"buffered: {channel.Reader.Count}, " +
            $"third write finished: {third.IsCompleted}");

        int first = await channel.Reader.ReadAsync();
        await third;
        Console.WriteLine($"read {first}; the third write went through");

        channel.Writer.Complete();
        await foreach (int item in channel.Reader.ReadAllAsync())
        {
            Console.WriteLine($"read {item}");
        }
    }
    // </backpressure>
}
