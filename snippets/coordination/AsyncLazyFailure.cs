using System;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Coordination;

public static class AsyncLazyFailure
{
    // <async-lazy-failure>
    // A value created once, asynchronously, for the first caller that asks.
    public sealed class AsyncLazy<T>(Func<Task<T>> factory)
    {
        // Task.Run: the factory's synchronous part runs on the pool, not on the first
        // caller's thread, and not while the Lazy holds its lock.
        private readonly Lazy<Task<T>> _task = new(() => Task.Run(factory));

        public Task<T> Value => _task.Value;

        public TaskAwaiter<T> GetAwaiter() => Value.GetAwaiter(); // `await lazy` works
    }

    public static async Task Main()
    {
        int attempts = 0;
        AsyncLazy<string> connection = new(async () =>
        {
            // The first attempt fails; any later one would succeed.
            if (Interlocked.Increment(ref attempts) == 1)
            {
                await Task.Yield();
                throw new HttpRequestException("service unavailable");
            }

            return "connected";
        });

        Exception? first = await FailureOf(connection.Value);
        Exception? second = await FailureOf(connection.Value);
        Console.WriteLine($"first await threw: {first?.Message}");
        Console.WriteLine($"second await threw the same exception: {second == first}");
        Console.WriteLine($"attempts: {attempts}");
    }

    private static async Task<Exception?> FailureOf(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (HttpRequestException ex)
        {
            return ex;
        }
    }
    // </async-lazy-failure>
}
