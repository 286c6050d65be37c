// requires: .NET 9 (System.Threading.Lock)
using System;
using System.Threading;

namespace Coordination;

public static class LockReentrancy
{
    // <lock-reentrancy>
    private static readonly Lock Gate = new();

    public static void Main()
    {
        lock (Gate)
        {
            AddEntry(); // takes the same lock again, on the thread that holds it
        }

        Console.WriteLine($"held after both exits: {Gate.IsHeldByCurrentThread}");
    }

    private static void AddEntry()
    {
        lock (Gate)
        {
            Console.WriteLine($"entered again: held {Gate.IsHeldByCurrentThread}");
        }

        Console.WriteLine($"after the inner exit: held {Gate.IsHeldByCurrentThread}");
    }
    // </lock-reentrancy>
}
