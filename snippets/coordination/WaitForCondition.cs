// requires: .NET 9 (System.Threading.Lock)
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Coordination;

public static class WaitForCondition
{
    // <wait-for-condition>
    public static async Task Main()
    {
        var inventory = new Inventory();
        Task<int> order = inventory.TakeAsync(5, CancellationToken.None);

        for (int delivery = 1; delivery <= 3; delivery++)
        {
            await Task.Delay(20);
            Console.WriteLine(
                $"delivery {delivery}: adding 2 (order filled yet: {order.IsCompleted})");
            inventory.Add(2);
        }

        int left = await order;
        Console.WriteLine($"order for 5 filled, {left} left in stock");
    }

    // The asyncio.Condition pattern: state under a lock, and a way to wait for a change.
    private sealed class Inventory
    {
        private readonly Lock _gate = new();
        private int _count;
        private TaskCompletionSource _changed = NewSignal();

        public void Add(int amount)
        {
            TaskCompletionSource changed;
            lock (_gate)
            {
                _count += amount;
                changed = _changed;
                _changed = NewSignal(); // the next waiter sleeps on a fresh signal
            }

            changed.SetResult(); // wake every waiter; each re-checks its own predicate
        }

        public async Task<int> TakeAsync(int amount, CancellationToken cancellationToken)
        {
            while (true)
            {
                Task changed;
                lock (_gate)
                {
                    if (_count >= amount)
                    {
                        _count -= amount;
                        return _count;
                    }

                    // Taken under the lock of the check: no Add can slip in unseen.
                    changed = _changed.Task;
                }

                await changed.WaitAsync(cancellationToken);
            }
        }

        private static TaskCompletionSource NewSignal() =>
            new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
    // </wait-for-condition>
}
