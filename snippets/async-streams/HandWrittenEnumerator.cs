using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AsyncStreams;

public static class HandWrittenEnumerator
{
    // <countdown>
    public static async Task Main()
    {
        var countdown = new Countdown(3);

        await foreach (int n in countdown)
        {
            Console.WriteLine(n);
        }

        // GetAsyncEnumerator hands out a fresh enumerator,
        // so the sequence can be iterated again.
        await foreach (int n in countdown)
        {
            Console.WriteLine($"again: {n}");
        }
    }

    private sealed class Countdown(int start) : IAsyncEnumerable<int>
    {
        public IAsyncEnumerator<int> GetAsyncEnumerator(
            CancellationToken cancellationToken = default) =>
            new Enumerator(start, cancellationToken);

        private sealed class Enumerator(int next, CancellationToken cancellationToken)
            : IAsyncEnumerator<int>
        {
            public int Current { get; private set; }

            public async ValueTask<bool> MoveNextAsync()
            {
                if (next <= 0)
                {
                    return false; // the end of the sequence: no exception, just false
                }

                await Task.Delay(10, cancellationToken);
                Current = next--;
                return true;
            }

            public ValueTask DisposeAsync()
            {
                Console.WriteLine("enumerator disposed");
                return ValueTask.CompletedTask;
            }
        }
    }
    // </countdown>
}
