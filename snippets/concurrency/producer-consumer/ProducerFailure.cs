using System;
using System.Collections.Generic;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Concurrency.ProducerConsumer;

public static class ProducerFailure
{
    // <producer-failure>
    public static async Task Main()
    {
        var channel = Channel.CreateBounded<int>(10);

        Task producer = ProduceAsync(channel.Writer);

        var received = new List<int>();
        Exception? seenByConsumer = null;
        try
        {
            await foreach (int reading in channel.Reader.ReadAllAsync())
            {
                received.Add(reading);
            }
        }
        catch (InvalidOperationException ex)
        {
            seenByConsumer = ex;
            Console.WriteLine($"consumer caught {ex.GetType().Name}: {ex.Message}");
        }

        Console.WriteLine($"received before the failure: [{string.Join(", ", received)}]");
        await producer; // the producer handed its failure over instead of throwing it

        try
        {
            await channel.Reader.Completion;
        }
        catch (InvalidOperationException ex)
        {
            Console.WriteLine($"Reader.Completion threw the same exception object: {object.ReferenceEquals(ex, seenByConsumer)}");
        }

        try
        {
            await channel.Reader.ReadAsync();
        }
        catch (ChannelClosedException ex)
        {
            Console.WriteLine($"ReadAsync threw {ex.GetType().Name}, inner: {ex.InnerException?.GetType().Name}");
        }

        Console.WriteLine($"TryWrite after completion: {channel.Writer.TryWrite(99)}");
        try
        {
            await channel.Writer.WriteAsync(99);
        }
        catch (ChannelClosedException ex)
        {
            Console.WriteLine($"WriteAsync after completion threw {ex.GetType().Name}");
        }
    }

    private static async Task ProduceAsync(ChannelWriter<int> writer)
    {
        try
        {
            for (int i = 1; i <= 3; i++)
            {
                await writer.WriteAsync(i);
            }

            throw new InvalidOperationException("sensor disconnected");
        }
        catch (Exception ex)
        {
            // Complete(exception) delivers the failure to every reader after the buffered items.
            writer.Complete(ex);
        }
    }
    // </producer-failure>
}
