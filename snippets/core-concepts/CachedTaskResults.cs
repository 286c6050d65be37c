using System;
using System.Linq;
using System.Threading.Tasks;

namespace CoreConcepts;

public static class CachedTaskResults
{
    // <cached-task-results>
    public static void Main()
    {
        // Every call below completes synchronously, so the method's builder needs a
        // completed task for the result: a new one, or one the runtime keeps for it.
        Console.WriteLine("Task<int>, -1 to 8, the same task for a value every call: "
            + Enumerable.Range(-1, 10).All(i => SameTask(() => EchoAsync(i))));
        Console.WriteLine($"Task<int>, 9 and -2, the same task: "
            + $"{SameTask(() => EchoAsync(9)) || SameTask(() => EchoAsync(-2))}");
        Console.WriteLine($"Task<bool>, true and false, the same task: "
            + $"{SameTask(() => EchoAsync(true)) && SameTask(() => EchoAsync(false))}");
        Console.WriteLine($"Task<string?>, null, the same task: "
            + $"{SameTask(() => EchoAsync<string?>(null))}");
        Console.WriteLine($"Task<string>, \"ok\", the same task: "
            + $"{SameTask(() => EchoAsync("ok"))}");
        Console.WriteLine($"Task<long>, 0 and 1, the same task: "
            + $"{SameTask(() => EchoAsync(0L))}, {SameTask(() => EchoAsync(1L))}");
    }

    private static bool SameTask<T>(Func<Task<T>> call) =>
        object.ReferenceEquals(call(), call());

    private static async Task<T> EchoAsync<T>(T value, bool wait = false)
    {
        if (wait)
        {
            await Task.Yield(); // never taken here: every call completes synchronously
        }

        return value;
    }
    // </cached-task-results>
}
