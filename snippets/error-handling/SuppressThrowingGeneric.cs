using System;
using System.Globalization;
using System.Threading.Tasks;

namespace ErrorHandling;

public static class SuppressThrowingGeneric
{
    // <suppress-throwing-generic>
    public static async Task Main()
    {
        Task<int> parse = ParseAsync("eighty");
        try
        {
            await parse.ConfigureAwait(
                ConfigureAwaitOptions.SuppressThrowing); // warning CA2261: a Task<T>
        }
        catch (ArgumentOutOfRangeException ex)
        {
            Console.WriteLine($"Task<int>: {ex.GetType().Name} for '{ex.ParamName}'");
        }

        await ((Task)parse).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Console.WriteLine($"cast to Task: waited without throwing; {parse.Status}");
    }

    private static async Task<int> ParseAsync(string text)
    {
        await Task.Yield();
        return int.Parse(text, CultureInfo.InvariantCulture);
    }
    // </suppress-throwing-generic>
}
