#:sdk Microsoft.NET.Sdk.Web
using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AspnetCore;

public static class ShutdownTimeout
{
    // <shutdown-timeout>
    public static async Task Main()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(options =>
            options.ShutdownTimeout = TimeSpan.FromMilliseconds(50));
        builder.Services.AddSingleton<Export>();
        builder.Services.AddHostedService<SlowWorker>();
        await using var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.MapGet("/export", (Export export) => export.State);

        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        var export = app.Services.GetRequiredService<Export>();
        await export.Started;
        Console.WriteLine($"GET /export: {await client.GetStringAsync("/export")}");

        await app.StopAsync(); // the worker ignores its token; the host gives up on it
        Console.WriteLine($"StopAsync returned, export: {export.State}");
        export.Finish();
        await export.Finished;
        Console.WriteLine($"later, export: {export.State}");
    }

    private sealed class SlowWorker(Export export) : BackgroundService
    {
        // Ignores stoppingToken, so it runs past the shutdown timeout.
        protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
            export.RunAsync();
    }

    private sealed class Export
    {
        private readonly TaskCompletionSource _started = NewSignal();
        private readonly TaskCompletionSource _finish = NewSignal();
        private readonly TaskCompletionSource _finished = NewSignal();
        private volatile string _state = "not started";

        public Task Started => _started.Task;
        public Task Finished => _finished.Task;
        public string State => _state;

        public void Finish() => _finish.TrySetResult();

        public async Task RunAsync()
        {
            _state = "running";
            _started.TrySetResult();
            await _finish.Task; // the work: it lasts until Main lets it finish
            _state = "finished";
            _finished.TrySetResult();
        }

        private static TaskCompletionSource NewSignal() =>
            new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
    // </shutdown-timeout>
}
