using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;

namespace ErrorHandling;

public static class AggregateTools
{
    // <aggregate-tools>
    public static async Task Main()
    {
        // Parallel.ForEach throws an AggregateException of its own: a nested group.
        Task import = Task.Run(() => Parallel.ForEach(["1", "two", "3"], ParseRow));
        Task upload = UploadAsync();
        Task all = Task.WhenAll(import, upload);
        await all.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        AggregateException group = all.Exception!;
        Console.WriteLine($"InnerExceptions: {Names(group)}");
        AggregateException flat = group.Flatten();
        Console.WriteLine($"Flatten():       {Names(flat)}");

        try
        {
            // true marks an exception as handled; the rest are rethrown in a new group.
            flat.Handle(ex => ex is FormatException);
        }
        catch (AggregateException rest)
        {
            Console.WriteLine($"Handle rethrew:  {Names(rest)}");
        }
    }

    // Sorted for display: the non-generic WhenAll lists exceptions in the order the
    // tasks failed, and which of these two fails first is up to the thread pool.
    private static string Names(AggregateException group) =>
        string.Join(", ", group.InnerExceptions.Select(e => e.GetType().Name).Order());

    private static void ParseRow(string row) =>
        _ = int.Parse(row, CultureInfo.InvariantCulture);

    private static async Task UploadAsync()
    {
        await Task.Yield();
        throw new TimeoutException("upload timed out");
    }
    // </aggregate-tools>
}
