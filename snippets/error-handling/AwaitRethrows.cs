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
            Console.WriteLine($"stack trace still names {nameof(ParsePortAsync)}: {ex.StackTrace?.Contains(nameof(ParsePortAsync), StringComparison.Ordinal)}");
            Console.WriteLine($"stack trace still names {nameof(LoadSettingsAsync)}: {ex.StackTrace?.Contains(nameof(LoadSettingsAsync), StringComparison.Ordinal)}");
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
        return int.Parse(text.Split('=')[1], CultureInfo.InvariantCulture); // throws FormatException
    }
    // </await-rethrows>
}
