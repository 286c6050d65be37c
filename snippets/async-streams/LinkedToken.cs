using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace AsyncStreams;

public static class LinkedToken
{
    // <linked-token>
    public static async Task Main()
    {
        foreach (bool cancelArgument in new[] { true, false })
        {
            using var argument = new CancellationTokenSource();
            using var consumer = new CancellationTokenSource();
            var stream = TokenSeenAsync(argument.Token)
                .WithCancellation(consumer.Token);
            await foreach (CancellationToken seen in stream)
            {
                bool neither = seen != argument.Token && seen != consumer.Token;
                Console.WriteLine($"iterator's token is neither of the two: {neither}");

                await (cancelArgument ? argument : consumer).CancelAsync();
                string which = cancelArgument ? "the argument's" : "WithCancellation's";
                bool cancelled = seen.IsCancellationRequested;
                Console.WriteLine($"  {which} source cancelled it: {cancelled}");
            }
        }
    }

    // Yields the token the generated enumerator placed in the parameter.
    private static async IAsyncEnumerable<CancellationToken> TokenSeenAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        yield return cancellationToken;
    }
    // </linked-token>
}
