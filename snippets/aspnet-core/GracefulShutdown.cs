#:sdk Microsoft.NET.Sdk.Web
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AspnetCore;

public static class GracefulShutdown
{
    // <graceful-shutdown>
    public static async Task Main()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(Channel.CreateUnbounded<string>());
        builder.Services.AddSingleton<Journal>();
        builder.Services.AddHostedService<Worker>();
        await using var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.MapPost("/jobs/{name}", (string name, Channel<string> queue) =>
            queue.Writer.TryWrite(name) ? Results.Accepted() : Results.StatusCode(503));

        var host = app.Services.GetRequiredService<IOptions<HostOptions>>().Value;
        Console.WriteLine($"HostOptions.ShutdownTimeout: {host.ShutdownTimeout}");

        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        foreach (string name in new[] { "a", "b" })
        {
            using var response = await client.PostAsync($"/jobs/{name}", content: null);
        }

        var journal = app.Services.GetRequiredService<Journal>();
        await journal.FirstJobStarted;
        Task stopping = app.StopAsync(); // as on Ctrl+C or SIGTERM
        await journal.StopSeen;
        journal.FinishJob(); // the job in hand completes its work
        await stopping;
        journal.Add("main: StopAsync returned");
        Console.WriteLine(string.Join(Environment.NewLine, journal.Lines));
    }

    private sealed class Worker(Channel<string> queue, Journal journal)
        : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            using var registration = stoppingToken.Register(journal.SeeStop);
            while (true)
            {
                string job;
                try
                {
                    job = await queue.Reader.ReadAsync(stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    int left = queue.Reader.Count;
                    journal.Add($"worker: stopping, jobs left in the queue: {left}");
                    throw;
                }

                journal.Add($"worker: started {job}");
                // Not given stoppingToken: a job once started is finished.
                await journal.DoJobAsync(CancellationToken.None);
                journal.Add($"worker: finished {job}");
            }
        }
    }

    private sealed class Journal
    {
        private readonly TaskCompletionSource _started = NewSignal();
        private readonly TaskCompletionSource _stopSeen = NewSignal();
        private readonly TaskCompletionSource _finish = NewSignal();
        private readonly List<string> _lines = [];

        public Task FirstJobStarted => _started.Task;
        public Task StopSeen => _stopSeen.Task;
        public IReadOnlyList<string> Lines
        {
            get { lock (_lines) { return [.. _lines]; } }
        }

        public void Add(string line) { lock (_lines) { _lines.Add(line); } }

        public void SeeStop()
        {
            Add("worker: stoppingToken cancelled");
            _stopSeen.TrySetResult();
        }

        public void FinishJob() => _finish.TrySetResult();

        // The job's work: it lasts until Main lets it finish.
        public Task DoJobAsync(CancellationToken cancellationToken)
        {
            _started.TrySetResult();
            return _finish.Task.WaitAsync(cancellationToken);
        }

        private static TaskCompletionSource NewSignal() =>
            new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
    // </graceful-shutdown>
}
