using System;
using System.Threading.Tasks;

namespace BlockingAndCpuWork;

public static class SyncOverAsyncInAsyncCode
{
    // <sync-over-async-in-async-code>
    public static async Task Main()
    {
        int response = await HandleRequestAsync();
        Console.WriteLine($"handled by blocking inside async code: {response}");
    }

    private static async Task<int> HandleRequestAsync()
    {
        await Task.Yield(); // now on a pool thread, as a server request would be
        // Compiles and runs: no error, only the analyzer's warning.
        int data = LoadDataAsync().Result; // warning VSTHRD103: use await instead
        return data + 1;
    }

    private static async Task<int> LoadDataAsync()
    {
        await Task.Delay(10);
        return 41;
    }
    // </sync-over-async-in-async-code>
}
