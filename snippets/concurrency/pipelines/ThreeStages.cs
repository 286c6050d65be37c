using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Concurrency.Pipelines;

public static class ThreeStages
{
    // <three-stages>
    private sealed record Reading(int Id, double Celsius);

    private sealed record Converted(int Id, double Fahrenheit);

    public static async Task Main()
    {
        var lines = Channel.CreateBounded<string>(16);
        var parsed = Channel.CreateBounded<Reading>(16);
        var converted = Channel.CreateBounded<Converted>(16);
        int inTransform = 0, maxInTransform = 0;

        Task source = Task.Run(async () =>
        {
            for (int i = 0; i < 120; i++)
            {
                await lines.Writer.WriteAsync($"{i},{i % 40}");
            }

            lines.Writer.Complete();
        });

        Task parse = RunStageAsync(
            lines.Reader,
            parsed.Writer,
            workers: 1,
            line =>
            {
                string[] parts = line.Split(',');
                var reading = new Reading(
                    int.Parse(parts[0], CultureInfo.InvariantCulture),
                    double.Parse(parts[1], CultureInfo.InvariantCulture));
                return Task.FromResult(reading);
            });

        Task transform = RunStageAsync(
            parsed.Reader,
            converted.Writer,
            workers: 3,
            async reading =>
            {
                int now = Interlocked.Increment(ref inTransform);
                InterlockedMax(ref maxInTransform, now);
                // Stands in for a slow lookup: the stage worth parallelising.
                await Task.Delay(1);
                Interlocked.Decrement(ref inTransform);
                return new Converted(reading.Id, reading.Celsius * 9 / 5 + 32);
            });

        // The sink is a single worker, so the list it fills needs no lock.
        var written = new List<Converted>();
        Task write = Task.Run(async () =>
        {
            await foreach (Converted item in converted.Reader.ReadAllAsync())
            {
                written.Add(item);
            }
        });

        await Task.WhenAll(source, parse, transform, write);

        bool everyIdOnce = written
            .Select(w => w.Id)
            .Order()
            .SequenceEqual(Enumerable.Range(0, 120));
        Console.WriteLine(
            $"written: {written.Count}, every id exactly once: {everyIdOnce}");
        Console.WriteLine(
            "transform workers busy at once: " +
            $"at most 3: {maxInTransform <= 3}, more than 1: {maxInTransform > 1}");
        Console.WriteLine($"id 20: {written.Single(w => w.Id == 20).Fahrenheit} F");
    }

    // Runs `workers` copies of a loop that reads the input, applies `step` and writes
    // the output. Once all of them are done it completes the output, which ends the
    // next stage's ReadAllAsync.
    private static async Task RunStageAsync<TIn, TOut>(
        ChannelReader<TIn> input,
        ChannelWriter<TOut> output,
        int workers,
        Func<TIn, Task<TOut>> step)
    {
        try
        {
            await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
            {
                await foreach (TIn item in input.ReadAllAsync())
                {
                    await output.WriteAsync(await step(item));
                }
            }));
            output.Complete();
        }
        catch (Exception ex)
        {
            // The next stage sees the failure instead of waiting forever.
            output.Complete(ex);
            throw;
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) &&
            Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
    // </three-stages>
}
