using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Concurrency.Pipelines;

public static class OrderedOutput
{
    // <ordered-output>
    private sealed record Numbered(int Sequence, string Text);

    public static async Task Main()
    {
        var input = Channel.CreateBounded<Numbered>(16);
        var output = Channel.CreateBounded<Numbered>(16);

        Task source = Task.Run(async () =>
        {
            for (int i = 0; i < 60; i++)
            {
                await input.Writer.WriteAsync(new Numbered(i, $"line {i}"));
            }

            input.Writer.Complete();
        });

        // Holds item 0 back until item 1 has passed it,
        // so the overtaking happens on every run.
        var itemOnePassed = new TaskCompletionSource(
            TaskCreationOptions.RunContinuationsAsynchronously);

        Task[] workers = [.. Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            await foreach (Numbered item in input.Reader.ReadAllAsync())
            {
                await Task.Delay(1); // stands in for real work
                if (item.Sequence == 0)
                {
                    await itemOnePassed.Task;
                }

                Numbered upper = item with { Text = item.Text.ToUpperInvariant() };
                await output.Writer.WriteAsync(upper);
                if (item.Sequence == 1)
                {
                    itemOnePassed.SetResult();
                }
            }
        }))];
        Task transform = CompleteWhenDoneAsync();

        async Task CompleteWhenDoneAsync()
        {
            try
            {
                await Task.WhenAll(workers);
                output.Writer.Complete();
            }
            catch (Exception ex)
            {
                output.Writer.Complete(ex);
                throw;
            }
        }

        // Reorder buffer: hold each early arrival
        // until every item before it has been emitted.
        var arrivals = new List<int>();
        var emitted = new List<Numbered>();
        var early = new Dictionary<int, Numbered>();
        int next = 0;
        await foreach (Numbered item in output.Reader.ReadAllAsync())
        {
            arrivals.Add(item.Sequence);
            early[item.Sequence] = item;
            while (early.Remove(next, out Numbered? ready))
            {
                emitted.Add(ready);
                next++;
            }
        }

        await Task.WhenAll(source, transform);

        bool overtaken = arrivals.IndexOf(0) > arrivals.IndexOf(1);
        Console.WriteLine($"item 0 arrived after item 1: {overtaken}");
        bool inInputOrder = emitted
            .Select(e => e.Sequence)
            .SequenceEqual(Enumerable.Range(0, 60));
        Console.WriteLine($"emitted {emitted.Count} in input order: {inInputOrder}");
        Console.WriteLine($"first: {emitted[0].Text}, last: {emitted[^1].Text}");
    }
    // </ordered-output>
}
