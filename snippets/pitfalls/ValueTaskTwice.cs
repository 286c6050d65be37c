// mistake: consume-twice
// fix: consume-once
using System;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Pitfalls;

public static class ValueTaskTwice
{
    public static async Task Main()
    {
        await ConsumeTwiceAsync();
        await ConsumeOnceAsync();
    }

    // <consume-twice>
    private static async Task ConsumeTwiceAsync()
    {
        // A single-reader channel backs every read that has to wait with the same
        // reusable object.
        var options = new UnboundedChannelOptions { SingleReader = true };
        Channel<int> channel = Channel.CreateUnbounded<int>(options);

        // Nothing written yet: the read has to wait.
        ValueTask<int> read = channel.Reader.ReadAsync();
        Task<int> forTheLog = read.AsTask(); // the first consumer
        await TryAsync("a second AsTask() while pending", () => read.AsTask());

        await channel.Writer.WriteAsync(1);
        Console.WriteLine($"the first consumer got: {await forTheLog}");
        await TryAsync("awaiting it after that", async () => await read);

        static async Task TryAsync(string misuse, Func<Task> use)
        {
            try
            {
                await use();
                Console.WriteLine($"{misuse}: worked");
            }
            catch (InvalidOperationException ex)
            {
                Console.WriteLine($"{misuse}: {ex.GetType().Name}: {ex.Message}");
            }
        }
    }
    // </consume-twice>

    // <consume-once>
    private static async Task ConsumeOnceAsync()
    {
        var options = new UnboundedChannelOptions { SingleReader = true };
        Channel<int> channel = Channel.CreateUnbounded<int>(options);

        // Converted once, where it is created.
        Task<int> read = channel.Reader.ReadAsync().AsTask();
        await channel.Writer.WriteAsync(2);
        Console.WriteLine($"a Task shared by two consumers: {await read}, {await read}");

        await channel.Writer.WriteAsync(3);
        int value = await channel.Reader.ReadAsync();
        Console.WriteLine($"a ValueTask awaited once, where it is created: {value}");
    }
    // </consume-once>
}
