using System;
using System.Globalization;
using System.Threading.Tasks;

namespace CreatingTasks;

public static class FailureTravelsWithTheTask
{
    // <failure-travels-with-the-task>
    public static async Task Main()
    {
        Task<int> parsing = ParseQuantityAsync("twelve");
        Console.WriteLine(
            $"the call returned normally; task faulted: {parsing.IsFaulted}");

        try
        {
            int quantity = await parsing;
            Console.WriteLine($"quantity: {quantity}");
        }
        catch (FormatException ex)
        {
            Console.WriteLine($"await rethrew FormatException: {ex.Message}");
        }
    }

    private static async Task<int> ParseQuantityAsync(string text)
    {
        // Throws before the first await, yet the caller sees it only once it awaits.
        int quantity = int.Parse(text, CultureInfo.InvariantCulture);
        await Task.Delay(10); // stands in for checking the quantity with a remote service
        return quantity;
    }
    // </failure-travels-with-the-task>
}
