using System;
using System.Threading.Tasks;

namespace CoreConcepts;

public static class HotTasks
{
    // <hot-tasks>
    public static async Task Main()
    {
        Console.WriteLine("1. calling GreetAsync");
        Task greeting = GreetAsync();
        Console.WriteLine("3. GreetAsync returned a task");
        await greeting;
        Console.WriteLine("5. awaited");
    }

    private static async Task GreetAsync()
    {
        Console.WriteLine("2. GreetAsync runs synchronously until its first await");
        await Task.Delay(10);
        Console.WriteLine("4. the rest runs after the delay");
    }
    // </hot-tasks>
}
