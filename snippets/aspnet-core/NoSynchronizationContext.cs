#:sdk Microsoft.NET.Sdk.Web
using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AspnetCore;

public static class NoSynchronizationContext
{
    // <no-synchronization-context>
    public static async Task Main()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");

        app.MapGet("/context", async (HttpContext context) =>
        {
            bool before = SynchronizationContext.Current is null;
            bool poolBefore = Thread.CurrentThread.IsThreadPoolThread;
            await Task.Delay(10);
            bool afterAwait = SynchronizationContext.Current is null;
            bool poolAfter = Thread.CurrentThread.IsThreadPoolThread;
            await Task.Delay(10).ConfigureAwait(false);
            bool afterConfigureAwait = SynchronizationContext.Current is null;
            // Still this request's context: nothing ties it to a thread.
            string path = context.Request.Path;
            bool defaultScheduler = TaskScheduler.Current == TaskScheduler.Default;
            return $"""
                SynchronizationContext.Current is null, on entry: {before}
                ... after await: {afterAwait}
                ... after await ConfigureAwait(false): {afterConfigureAwait}
                on a thread-pool thread, on entry: {poolBefore}, after await: {poolAfter}
                TaskScheduler.Current is the default (thread pool): {defaultScheduler}
                HttpContext after ConfigureAwait(false): {path}
                """;
        });

        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        Console.WriteLine(await client.GetStringAsync("/context"));
        await app.StopAsync();
    }
    // </no-synchronization-context>
}
