using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace CoreConcepts;

public static class StateMachineByHand
{
    // <state-machine-by-hand>
    // What the compiler makes of this method in an optimized build, written out by hand:
    //
    //     static async ValueTask<int> AddOneAsync(Task<int> source)
    //     {
    //         int value = await source;
    //         return value + 1;
    //     }
    private static ValueTask<int> AddOneAsync(Task<int> source)
    {
        AddOneMachine machine = default; // a struct: on the stack, for now
        machine.Source = source;
        machine.Builder = AsyncValueTaskMethodBuilder<int>.Create();
        machine.State = -1;
        machine.Builder.Start(ref machine); // runs MoveNext now, on this thread
        return machine.Builder.Task;
    }

    private struct AddOneMachine : IAsyncStateMachine
    {
        public int State; // -1: running, 0: suspended at the await, -2: finished
        public AsyncValueTaskMethodBuilder<int> Builder;
        public Task<int> Source;
        private TaskAwaiter<int> _awaiter;

        public void MoveNext()
        {
            s_moveNextCalls++;
            int result;
            try
            {
                TaskAwaiter<int> awaiter;
                if (State == 0)
                {
                    awaiter = _awaiter; // resumed: pick up where the await left off
                    _awaiter = default;
                    State = -1;
                }
                else
                {
                    awaiter = Source.GetAwaiter();
                    if (!awaiter.IsCompleted)
                    {
                        State = 0;
                        _awaiter = awaiter;
                        // Boxes this struct to the heap (the first time only), and hands
                        // the box to the awaiter as the continuation: the box calls
                        // MoveNext again when the task completes.
                        Builder.AwaitUnsafeOnCompleted(ref awaiter, ref this);
                        return; // the method returns to its caller here
                    }
                }

                // Completed, or resumed: no suspension, no allocation.
                result = awaiter.GetResult() + 1;
            }
            catch (Exception ex)
            {
                State = -2;
                Builder.SetException(ex); // the exception goes into the task
                return;
            }

            State = -2;
            Builder.SetResult(result);
        }

        public void SetStateMachine(IAsyncStateMachine stateMachine) =>
            Builder.SetStateMachine(stateMachine);
    }

    private static int s_moveNextCalls;

    public static async Task Main()
    {
        Task<int> completed = Task.FromResult(41);
        TaskCompletionSource<int> pending = new(); // runs its awaiters inside SetResult
        _ = await AddOneAsync(completed); // the first call loads types: measure the rest

        s_moveNextCalls = 0;
        long before = GC.GetAllocatedBytesForCurrentThread();
        ValueTask<int> fast = AddOneAsync(completed);
        long fastBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine($"completed task: finished in the call: {fast.IsCompleted}, "
            + $"MoveNext calls: {s_moveNextCalls}");
        Console.WriteLine($"  allocated nothing: {fastBytes == 0}");

        s_moveNextCalls = 0;
        before = GC.GetAllocatedBytesForCurrentThread();
        ValueTask<int> slow = AddOneAsync(pending.Task);
        long slowBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine($"pending task: finished in the call: {slow.IsCompleted}, "
            + $"MoveNext calls: {s_moveNextCalls}");
        Console.WriteLine($"  allocated (the box): {slowBytes > 0}");

        pending.SetResult(41); // the box's MoveNext runs here, on this thread
        Console.WriteLine($"after SetResult: finished: {slow.IsCompleted}, "
            + $"MoveNext calls: {s_moveNextCalls}");
        Console.WriteLine($"results: {await fast}, {await slow}");
    }
    // </state-machine-by-hand>
}
