using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AsyncStreams;

public static class PatternBased
{
    // <pattern-based>
    public static async Task Main()
    {
        await foreach (int n in new Countdown(2))
        {
            Console.WriteLine($"pattern-based item {n}");
        }

        // What WithCancellation and ConfigureAwait return is not IAsyncEnumerable.
        var configured = OneAsync()
            .WithCancellation(CancellationToken.None)
            .ConfigureAwait(false);
        Type type = configured.GetType();
        Console.WriteLine($"{type.Name} implements IAsyncEnumerable<int>: "
            + typeof(IAsyncEnumerable<int>).IsAssignableFrom(type));
        await foreach (int n in configured)
        {
            Console.WriteLine($"configured item {n}");
        }
    }

    private static async IAsyncEnumerable<int> OneAsync()
    {
        await Task.Yield();
        yield return 1;
    }

    // No interface: only the members that await foreach looks for, and no DisposeAsync.
    private sealed class Countdown(int start)
    {
        public Enumerator GetAsyncEnumerator() => new(start);

        public sealed class Enumerator(int next)
        {
            public int Current { get; private set; }

            public async ValueTask<bool> MoveNextAsync()
            {
                await Task.Yield();
                if (next <= 0)
                {
                    return false;
                }

                Current = next--;
                return true;
            }
        }
    }
    // </pattern-based>
}
