using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Concurrency.ProducerConsumer;

public static class DrainOnShutdown
{
    // <drain>
    public static async Task Main()
    {
        Console.WriteLine("consumers read until the channel is completed and empty:");
        await RunAsync(consumersStopOnShutdown: false);
        Console.WriteLine("consumers stop on the shutdown token:");
        await RunAsync(consumersStopOnShutdown: true);
    }

    private static async Task RunAsync(bool consumersStopOnShutdown)
    {
        var channel = Channel.CreateBounded<int>(capacity: 8);
        using var shutdown = new CancellationTokenSource();
        var produced = new ConcurrentQueue<int>();
        var consumed = new ConcurrentQueue<int>();

        // Holds the consumers back, as if they were slow,
        // so the channel is full at shutdown.
        var consumersMayRun = new TaskCompletionSource(
            TaskCreationOptions.RunContinuationsAsynchronously);
        CancellationToken consumerToken = consumersStopOnShutdown
            ? shutdown.Token
            : CancellationToken.None;

        Task[] producers =
        [
            .. Enumerable.Range(0, 2)
                .Select(p => ProduceAsync(p, channel.Writer, produced, shutdown.Token)),
        ];
        Task[] consumers =
        [
            .. Enumerable.Range(0, 2)
                .Select(_ => ConsumeAsync(
                    channel.Reader, consumed, consumersMayRun.Task, consumerToken)),
        ];

        while (channel.Reader.Count < 8)
        {
            await Task.Delay(5);
        }

        // Shutdown, in order: stop the producers, complete the writer,
        // let the consumers drain.
        await shutdown.CancelAsync();
        await Task.WhenAll(producers);
        channel.Writer.Complete();
        Console.WriteLine(
            $"  producers stopped with {channel.Reader.Count} items in the channel");

        consumersMayRun.SetResult();
        await Task.WhenAll(consumers);

        Console.WriteLine(
            $"  produced {produced.Count}, consumed {consumed.Count}, " +
            $"left in the channel {channel.Reader.Count}");
        bool exactlyOnce = consumed.Order().SequenceEqual(produced.Order());
        Console.WriteLine($"  every produced item consumed exactly once: {exactlyOnce}");
    }

    private static async Task ProduceAsync(
        int producer,
        ChannelWriter<int> writer,
        ConcurrentQueue<int> produced,
        CancellationToken shutdown)
    {
        try
        {
            for (int i = 0; ; i++)
            {
                int item = producer * 1_000_000 + i;
                await writer.WriteAsync(item, shutdown);
                // Counted only once WriteAsync returned: a canceled write adds nothing.
                produced.Enqueue(item);
            }
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            // Asked to stop: not an error.
        }
    }

    private static async Task ConsumeAsync(
        ChannelReader<int> reader,
        ConcurrentQueue<int> consumed,
        Task mayRun,
        CancellationToken token)
    {
        await mayRun;
        try
        {
            await foreach (int item in reader.ReadAllAsync(token))
            {
                consumed.Enqueue(item);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
    }
    // </drain>
}
