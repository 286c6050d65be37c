using System;
using System.Collections.Generic;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Concurrency.ProducerConsumer;

public static class FullModes
{
    // <full-modes>
    public static async Task Main()
    {
        BoundedChannelFullMode[] modes =
        [
            BoundedChannelFullMode.Wait,
            BoundedChannelFullMode.DropNewest,
            BoundedChannelFullMode.DropOldest,
            BoundedChannelFullMode.DropWrite,
        ];

        Console.WriteLine("capacity 3, TryWrite(1) .. TryWrite(5):");
        foreach (var mode in modes)
        {
            var dropped = new List<int>();
            var channel = Channel.CreateBounded<int>(
                new BoundedChannelOptions(3) { FullMode = mode },
                itemDropped: dropped.Add);

            var accepted = new List<bool>();
            for (int i = 1; i <= 5; i++)
            {
                accepted.Add(channel.Writer.TryWrite(i));
            }

            channel.Writer.Complete();
            var contents = new List<int>();
            await foreach (int item in channel.Reader.ReadAllAsync())
            {
                contents.Add(item);
            }

            Console.WriteLine(
                $"{mode,-10} returned [{string.Join(", ", accepted)}] " +
                $"contents [{string.Join(", ", contents)}] " +
                $"dropped [{string.Join(", ", dropped)}]");
        }

        Console.WriteLine("capacity 1, full, WriteAsync(2):");
        foreach (var mode in modes)
        {
            var channel = Channel.CreateBounded<int>(
                new BoundedChannelOptions(1) { FullMode = mode });
            channel.Writer.TryWrite(1);

            ValueTask write = channel.Writer.WriteAsync(2);
            Console.WriteLine($"{mode,-10} completed at once: {write.IsCompleted}");
            if (!write.IsCompleted)
            {
                // Make room so the waiting write can finish.
                await channel.Reader.ReadAsync();
            }

            await write;
        }
    }
    // </full-modes>
}
