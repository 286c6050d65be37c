using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Concurrency.ProducerConsumer;

public static class ManyProducersConsumers
{
    // <many>
    private const int Producers = 3;
    private const int ItemsPerProducer = 1_000;
    private const int Consumers = 4;

    public static async Task Main()
    {
        var channel = Channel.CreateBounded<int>(capacity: 16);
        var consumed = new ConcurrentQueue<int>();

        Task[] consumers =
        [
            .. Enumerable.Range(0, Consumers)
                .Select(_ => ConsumeAsync(channel.Reader, consumed)),
        ];
        Task[] producers =
        [
            .. Enumerable.Range(0, Producers)
                .Select(p => ProduceAsync(channel.Writer, p)),
        ];

        await Task.WhenAll(producers);
        Console.WriteLine(
            "producers done; a consumer has finished: " +
            $"{consumers.Any(c => c.IsCompleted)}");

        // No more items: ReadAllAsync ends once the buffer is empty.
        channel.Writer.Complete();
        await Task.WhenAll(consumers);
        Console.WriteLine(
            "after Complete, all consumers finished: " +
            $"{consumers.All(c => c.IsCompletedSuccessfully)}");

        var expected = Enumerable.Range(0, Producers * ItemsPerProducer);
        Console.WriteLine(
            $"consumed {consumed.Count} of {Producers * ItemsPerProducer}; " +
            $"each exactly once: {consumed.Order().SequenceEqual(expected)}");
    }

    private static async Task ProduceAsync(ChannelWriter<int> writer, int producer)
    {
        for (int i = 0; i < ItemsPerProducer; i++)
        {
            // Waits while the channel is full.
            await writer.WriteAsync(producer * ItemsPerProducer + i);
        }
    }

    private static async Task ConsumeAsync(
        ChannelReader<int> reader,
        ConcurrentQueue<int> consumed)
    {
        await foreach (int item in reader.ReadAllAsync())
        {
            consumed.Enqueue(item);
            await Task.Yield(); // stands in for real work
        }
    }
    // </many>
}
