using System;
using System.Globalization;
using System.Threading.Tasks;

namespace ErrorHandling;

public static class AwaitRethrows
{
    // <await-rethrows>
    public static async Task Main()
    {
        try
        {
            await LoadSettingsAsync("port=eighty");
        }
        catch (FormatException ex)
        {
            Console.WriteLine($"caught {ex.GetType().Name}, not a wrapper");
            string[] methods = [nameof(ParsePortAsync), nameof(LoadSettingsAsync)];
            foreach (string method in methods)
            {
                bool? named = ex.StackTrace?.Contains(method, StringComparison.Ordinal);
                Console.WriteLine($"stack trace still names {method}: {named}");
            }
        }
    }

    private static async Task<int> LoadSettingsAsync(string text)
    {
        await Task.Yield(); // real code would read a file here
        return await ParsePortAsync(text);
    }

    private static async Task<int> ParsePortAsync(string text)
    {
        await Task.Yield();
        // Throws FormatException.
        return int.Parse(text.Split('=')[1], CultureInfo.InvariantCulture);
    }
    // </await-rethrows>
}
