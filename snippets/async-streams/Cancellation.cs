using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace AsyncStreams;

public static class Cancellation
{
    // <cancellation>
    public static async Task Main()
    {
        using var cts = new CancellationTokenSource();
        try
        {
            await foreach (int tick in TicksAsync().WithCancellation(cts.Token))
            {
                Console.WriteLine($"tick {tick}");
                if (tick == 3)
                {
                    await cts.CancelAsync();
                }
            }
        }
        catch (OperationCanceledException ex)
        {
            Console.WriteLine($"loop ended with {ex.GetType().Name}");
            Console.WriteLine(
                $"thrown for our token: {ex.CancellationToken == cts.Token}");
        }
    }

    private static async IAsyncEnumerable<int> TicksAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Console.WriteLine(
            $"iterator got a cancelable token: {cancellationToken.CanBeCanceled}");
        try
        {
            for (int tick = 1; ; tick++)
            {
                await Task.Delay(10, cancellationToken);
                yield return tick;
            }
        }
        finally
        {
            Console.WriteLine("iterator cleaned up");
        }
    }
    // </cancellation>
}
