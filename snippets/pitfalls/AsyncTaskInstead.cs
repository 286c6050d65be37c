// fix: async-task-instead
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Pitfalls;

public static class AsyncTaskInstead
{
    // <async-task-instead>
    private static readonly SemaphoreSlim s_clickHandled = new(0);

    public static async Task Main()
    {
        try
        {
            await SaveSettingsAsync(); // a task: the caller waits, and gets the exception
        }
        catch (IOException ex)
        {
            Console.WriteLine($"the caller caught: {ex.Message}");
        }

        OnSaveClicked(null, EventArgs.Empty); // what a button does when clicked
        await s_clickHandled.WaitAsync();
        Console.WriteLine("the process is still running");
    }

    private static async Task SaveSettingsAsync()
    {
        await Task.Delay(10); // stands in for writing the file
        throw new IOException("disk full");
    }

    // An event handler must return void, so it catches everything itself. The analyzer
    // still flags it.
    private static async void OnSaveClicked( // warning VSTHRD100: avoid async void
        object? sender, EventArgs e)
    {
        try
        {
            await SaveSettingsAsync();
        }
        catch (Exception ex)
        {
            // A real app would show an error message.
            Console.WriteLine($"the click handler caught: {ex.Message}");
        }
        finally
        {
            s_clickHandled.Release(); // lets Main wait for the click to be handled
        }
    }
    // </async-task-instead>
}
