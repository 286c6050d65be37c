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

        Task first = ProduceAsync(channel.Writer, "sensor A", readings: 3);

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

        Console.WriteLine(
            $"received before the failure: [{string.Join(", ", received)}]");

        // A second producer fails after the first has completed the channel.
        Task second = ProduceAsync(channel.Writer, "sensor B", readings: 0);

        // Whoever awaits the producers sees both failures.
        Task producers = Task.WhenAll(first, second);
        await producers.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        foreach (Exception ex in producers.Exception!.InnerExceptions)
        {
            Console.WriteLine($"producers failed: {ex.Message}");
        }

        try
        {
            await channel.Reader.Completion;
        }
        catch (InvalidOperationException ex)
        {
            bool same = object.ReferenceEquals(ex, seenByConsumer);
            Console.WriteLine(
                $"Reader.Completion threw the same exception object: {same}");
        }

        try
        {
            await channel.Reader.ReadAsync();
        }
        catch (ChannelClosedException ex)
        {
            string? inner = ex.InnerException?.GetType().Name;
            Console.WriteLine($"ReadAsync threw {ex.GetType().Name}, inner: {inner}");
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

    private static async Task ProduceAsync(
        ChannelWriter<int> writer, string sensor, int readings)
    {
        try
        {
            for (int i = 1; i <= readings; i++)
            {
                await writer.WriteAsync(i);
            }

            throw new InvalidOperationException($"{sensor} disconnected");
        }
        catch (Exception ex)
        {
            // Hands the failure to every reader, after the buffered items. TryComplete,
            // not Complete: another producer may have completed the channel already,
            // and Complete would then throw ChannelClosedException and lose this one.
            if (!writer.TryComplete(ex))
            {
                Console.WriteLine($"{sensor}: the channel was already completed");
            }

            throw; // keeps the failure on this producer's task too
        }
    }
    // </producer-failure>
}
