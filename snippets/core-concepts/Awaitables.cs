using System;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace CoreConcepts;

public static class Awaitables
{
    // <awaitables>
    public static async Task Main()
    {
        Console.WriteLine("awaiting a value that is ready:");
        Console.WriteLine($"  result: {await new Traced(ready: true)}");

        Console.WriteLine("awaiting a value that is not ready:");
        Console.WriteLine($"  result: {await new Traced(ready: false)}");

        // Task.Yield() returns an awaitable, not a Task: its awaiter is never complete,
        // so the rest of the method is always scheduled, here on the thread pool.
        YieldAwaitable yielding = Task.Yield();
        Console.WriteLine(
            $"Task.Yield() awaiter IsCompleted: {yielding.GetAwaiter().IsCompleted}");
        await yielding;
        bool onPool = Thread.CurrentThread.IsThreadPoolThread;
        Console.WriteLine($"after await Task.Yield(), on a pool thread: {onPool}");
    }

    // Anything with a GetAwaiter() method can be awaited. The awaiter needs IsCompleted,
    // GetResult() and OnCompleted(Action) (from INotifyCompletion); it prints each call
    // the compiler's code makes.
    private readonly struct Traced(bool ready)
    {
        public Awaiter GetAwaiter() => new(ready);

        public readonly struct Awaiter(bool ready) : INotifyCompletion
        {
            public bool IsCompleted
            {
                get
                {
                    Console.WriteLine($"  IsCompleted -> {ready}");
                    return ready;
                }
            }

            public void OnCompleted(Action continuation)
            {
                Console.WriteLine(
                    "  OnCompleted(continuation): the method returns to its caller here");
                // "Completes" at once, on the pool.
                ThreadPool.QueueUserWorkItem(_ => continuation());
            }

            public int GetResult()
            {
                Console.WriteLine("  GetResult()");
                return 42;
            }
        }
    }
    // </awaitables>
}
