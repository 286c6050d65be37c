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

public static class RequestAborted
{
    // <request-aborted>
    public static async Task Main()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        Probe[] probes = [new(), new()];

        // A CancellationToken parameter is bound to HttpContext.RequestAborted.
        app.MapGet("/report/{n:int}", async (
            int n, HttpContext context, CancellationToken cancellationToken) =>
        {
            Probe probe = probes[n];
            probe.Started.TrySetResult(cancellationToken == context.RequestAborted);
            try
            {
                // Stands for slow I/O: a query, a call to another service.
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return "report";
            }
            catch (OperationCanceledException)
            {
                probe.Canceled.TrySetResult(cancellationToken.IsCancellationRequested);
                throw;
            }
        });

        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        Console.WriteLine("the client cancels:");
        await GiveUpAsync(client, probes, 0, cts => cts.CancelAsync());
        Console.WriteLine("the client times out after 20 ms:");
        await GiveUpAsync(client, probes, 1, cts =>
        {
            cts.CancelAfter(TimeSpan.FromMilliseconds(20));
            return Task.CompletedTask;
        });
        await app.StopAsync();
    }

    private static async Task GiveUpAsync(HttpClient client, Probe[] probes, int n,
        Func<CancellationTokenSource, Task> giveUp)
    {
        Probe probe = probes[n];
        using var cts = new CancellationTokenSource();
        Task<string> call = client.GetStringAsync($"/report/{n}", cts.Token);
        bool sameToken = await probe.Started.Task; // the endpoint is running
        await giveUp(cts);
        try
        {
            await call;
        }
        catch (OperationCanceledException ex)
        {
            Console.WriteLine($"  client: {ex.GetType().Name}");
        }

        Task<bool> canceled = probe.Canceled.Task;
        Task timeout = Task.Delay(TimeSpan.FromSeconds(5));
        bool fired = await Task.WhenAny(canceled, timeout) == canceled && await canceled;
        Console.WriteLine($"  endpoint: its token is RequestAborted: {sameToken}");
        Console.WriteLine($"  endpoint: its token fired: {fired}");
    }

    private sealed class Probe
    {
        public TaskCompletionSource<bool> Started { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<bool> Canceled { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
    // </request-aborted>
}
