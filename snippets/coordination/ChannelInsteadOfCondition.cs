using System;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Coordination;

public static class ChannelInsteadOfCondition
{
    // <channel-instead-of-condition>
    public static async Task Main()
    {
        Channel<string> jobs = Channel.CreateUnbounded<string>();

        Task consumer = Task.Run(async () =>
        {
            // ReadAllAsync waits while the channel is empty, and ends once it is
            // completed and drained.
            await foreach (string job in jobs.Reader.ReadAllAsync())
            {
                Console.WriteLine($"consumer took {job}");
            }

            Console.WriteLine("consumer: channel completed");
        });

        foreach (string job in new[] { "resize", "thumbnail", "upload" })
        {
            await Task.Delay(10);
            await jobs.Writer.WriteAsync(job);
        }

        jobs.Writer.Complete();
        await consumer;
    }
    // </channel-instead-of-condition>
}
