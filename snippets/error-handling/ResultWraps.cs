using System;
using System.Globalization;
using System.Threading.Tasks;

namespace ErrorHandling;

public static class ResultWraps
{
    // <result-wraps>
    public static async Task Main()
    {
        Task<int> parse = ParseAsync("eighty");

        // Wait for it to finish without throwing:
        // .Result below must never block on unfinished work.
        await ((Task)parse).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Console.WriteLine($"status: {parse.Status}");

        try
        {
            _ = parse.Result;
        }
        catch (Exception ex)
        {
            Console.WriteLine(
                $".Result throws {ex.GetType().Name} " +
                $"around {ex.InnerException?.GetType().Name}");
        }

        try
        {
            parse.Wait();
        }
        catch (Exception ex)
        {
            Console.WriteLine(
                $".Wait() throws {ex.GetType().Name} " +
                $"around {ex.InnerException?.GetType().Name}");
        }

        try
        {
            _ = parse.GetAwaiter().GetResult();
        }
        catch (Exception ex)
        {
            Console.WriteLine($".GetAwaiter().GetResult() throws {ex.GetType().Name}");
        }

        Console.WriteLine(
            $".Exception is {parse.Exception?.GetType().Name} " +
            $"holding {parse.Exception?.InnerExceptions.Count} exception(s)");
    }

    private static async Task<int> ParseAsync(string text)
    {
        await Task.Yield();
        return int.Parse(text, CultureInfo.InvariantCulture);
    }
    // </result-wraps>
}
