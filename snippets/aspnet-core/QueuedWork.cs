#:sdk Microsoft.NET.Sdk.Web
#:property PublishAot=false
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

namespace AspnetCore;

public static class QueuedWork
{
    // <queued-work>
    public static async Task Main()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(Channel.CreateUnbounded<string>());
        builder.Services.AddSingleton(new Journal(items: 3));
        builder.Services.AddScoped<ReportWriter>();
        builder.Services.AddHostedService<ReportWorker>();
        await using var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");

        // The endpoint only queues the work, and answers 202 Accepted at once.
        app.MapPost("/reports/{name}", async (
            string name, Channel<string> queue, CancellationToken cancellationToken) =>
        {
            await queue.Writer.WriteAsync(name, cancellationToken);
            return Results.Accepted(value: $"queued {name}");
        });

        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        var journal = app.Services.GetRequiredService<Journal>();
        foreach (string name in new[] { "sales", "stock", "staff" })
        {
            using var response = await client.PostAsync($"/reports/{name}", null);
            string body = await response.Content.ReadAsStringAsync();
            Console.WriteLine($"{(int)response.StatusCode} {body}");
        }

        Console.WriteLine($"reports written by the time of the last response: "
            + journal.Written);
        journal.LetWorkerGo();
        await journal.AllWritten;
        await app.StopAsync();
        Console.WriteLine(string.Join(Environment.NewLine, journal.Lines));
    }

    // Outlives every request: a singleton, started and stopped with the app.
    private sealed class ReportWorker(
        Channel<string> queue, IServiceScopeFactory scopes, Journal journal)
        : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await journal.WorkerMayGo.WaitAsync(stoppingToken);
            await foreach (string name in queue.Reader.ReadAllAsync(stoppingToken))
            {
                // A scope per work item, as a request has: new scoped services,
                // disposed when the item is done.
                await using AsyncServiceScope scope = scopes.CreateAsyncScope();
                var writer = scope.ServiceProvider.GetRequiredService<ReportWriter>();
                await writer.WriteAsync(name, stoppingToken);
            }
        }
    }

    // A scoped service, like a DbContext: one instance per scope.
    private sealed class ReportWriter(Journal journal) : IAsyncDisposable
    {
        private readonly int _instance = journal.NextInstance();

        public async Task WriteAsync(string name, CancellationToken cancellationToken)
        {
            await Task.Delay(10, cancellationToken); // stands for the real work
            journal.Add($"{name} written by ReportWriter #{_instance}");
        }

        public ValueTask DisposeAsync()
        {
            journal.Add($"ReportWriter #{_instance} disposed");
            journal.CountWritten();
            return ValueTask.CompletedTask;
        }
    }

    // What the worker did, and the gate that holds it until all responses are in.
    private sealed class Journal(int items)
    {
        private readonly TaskCompletionSource _go = NewSignal();
        private readonly TaskCompletionSource _allWritten = NewSignal();
        private readonly List<string> _lines = [];
        private int _instances;
        private int _written;

        public Task WorkerMayGo => _go.Task;
        public Task AllWritten => _allWritten.Task;
        public int Written => Volatile.Read(ref _written);
        public IReadOnlyList<string> Lines
        {
            get { lock (_lines) { return [.. _lines]; } }
        }

        public void LetWorkerGo() => _go.TrySetResult();
        public int NextInstance() => Interlocked.Increment(ref _instances);
        public void Add(string line) { lock (_lines) { _lines.Add(line); } }

        public void CountWritten()
        {
            if (Interlocked.Increment(ref _written) == items)
            {
                _allWritten.TrySetResult();
            }
        }


        private static TaskCompletionSource NewSignal() =>
            new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
    // </queued-work>
}
