using System;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Coordination;

public static class RetryingAsyncLazy
{
    // <retrying-async-lazy>
    // Like AsyncLazy, but a caller that comes after a failure starts a new attempt.
    public sealed class RetryingLazy<T>(Func<Task<T>> factory)
    {
        private readonly object _gate = new();
        private Task<T>? _task;

        public Task<T> Value
        {
            get
            {
                lock (_gate)
                {
                    // Share an attempt that runs or succeeded; replace a failed one.
                    if (_task is null || _task.IsFaulted || _task.IsCanceled)
                    {
                        _task = Task.Run(factory);
                    }

                    return _task;
                }
            }
        }

        public TaskAwaiter<T> GetAwaiter() => Value.GetAwaiter();
    }

    public static async Task Main()
    {
        int attempts = 0;
        TaskCompletionSource serviceBack = new(
            TaskCreationOptions.RunContinuationsAsynchronously);
        RetryingLazy<string> connection = new(async () =>
        {
            // The first attempt fails; the second waits until the service is back.
            if (Interlocked.Increment(ref attempts) == 1)
            {
                await Task.Yield();
                throw new HttpRequestException("service unavailable");
            }

            await serviceBack.Task;
            return "connected";
        });

        try
        {
            await connection;
        }
        catch (HttpRequestException ex)
        {
            Console.WriteLine($"first await threw: {ex.Message}");
        }

        Task<string> retry = connection.Value; // comes after the failure: a new attempt
        bool shared = connection.Value == retry;
        Console.WriteLine($"a caller during the retry shares it: {shared}");
        serviceBack.SetResult();
        Console.WriteLine($"the retry: {await connection}, attempts: {attempts}");
        shared = connection.Value == retry;
        Console.WriteLine($"afterwards, every caller gets the same task: {shared}");
    }
    // </retrying-async-lazy>
}
