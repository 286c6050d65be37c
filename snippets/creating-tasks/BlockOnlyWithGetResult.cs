using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace CreatingTasks;

public static class BlockOnlyWithGetResult
{
    // <block-only-with-get-result>
    // A synchronous interface that a framework calls, and that you cannot change.
    public interface ISettings
    {
        string Read(string key);
    }

    // Its implementation has only an async API to read from, so it has to block.
    private sealed class RemoteSettings(string server) : ISettings
    {
        public string Read(string key) => FetchAsync(key).GetAwaiter().GetResult();

        public string ReadWithResult(string key) => FetchAsync(key).Result;

        public string ReadWithWait(string key)
        {
            Task<string> fetch = FetchAsync(key);
            fetch.Wait();
            return fetch.Result;
        }

        private async Task<string> FetchAsync(string key)
        {
            // Stands in for the network call. ConfigureAwait(false): nothing after the
            // await needs the caller's context, which a blocked caller could not give it.
            await Task.Delay(10).ConfigureAwait(false);
            throw new KeyNotFoundException($"{server} has no setting named '{key}'");
        }
    }

    // Main in old code: synchronous, so it blocks as well.
    public static void Main()
    {
        RemoteSettings settings = new("config.internal");
        Try(".GetAwaiter().GetResult()", () => settings.Read("timeout"));
        Try(".Result", () => settings.ReadWithResult("timeout"));
        Try(".Wait()", () => settings.ReadWithWait("timeout"));
    }

    private static void Try(string how, Func<string> read)
    {
        try
        {
            _ = read();
        }
        catch (KeyNotFoundException)
        {
            Console.WriteLine($"{how}: catch (KeyNotFoundException) caught it");
        }
        catch (AggregateException ex)
        {
            string inner = ex.InnerException?.GetType().Name ?? "nothing";
            Console.WriteLine($"{how}: threw AggregateException around {inner}");
        }
    }
    // </block-only-with-get-result>
}
