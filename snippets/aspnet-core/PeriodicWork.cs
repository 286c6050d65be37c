#:sdk Microsoft.NET.Sdk.Web
#:property PublishAot=false
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AspnetCore;

public static class PeriodicWork
{
    // <periodic-work>
    public static async Task Main()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<Journal>();
        builder.Services.AddHostedService<ThreeTicks>();
        builder.Services.AddHostedService<HourlyCleanup>();
        await using var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.MapGet("/ticks", (Journal journal) => journal.Ticks);

        var journal = app.Services.GetRequiredService<Journal>();
        await app.StartAsync();
        await journal.TicksDone;
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        Console.WriteLine($"GET /ticks: {await client.GetStringAsync("/ticks")}");
        await app.StopAsync(); // cancels the stoppingToken of both services
        foreach (string line in journal.Lines)
        {
            Console.WriteLine(line);
        }

        // After Dispose, a pending wait and every later one return false.
        var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        ValueTask<bool> pending = timer.WaitForNextTickAsync();
        timer.Dispose();
        Console.WriteLine($"pending wait after Dispose: {await pending}");
        bool next = await timer.WaitForNextTickAsync();
        Console.WriteLine($"next wait after Dispose: {next}");
    }

    private sealed class ThreeTicks(Journal journal) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
            for (int tick = 1; tick <= 3; tick++)
            {
                await timer.WaitForNextTickAsync(stoppingToken);
                journal.Tick();
            }

            journal.Add("three ticks: ExecuteAsync returns");
            journal.CompleteTicks();
        }
    }

    private sealed class HourlyCleanup(Journal journal) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
            try
            {
                while (await timer.WaitForNextTickAsync(stoppingToken))
                {
                    journal.Add("cleaning up"); // never: the app stops first
                }
            }
            catch (OperationCanceledException)
            {
                journal.Add("hourly: stoppingToken ended the wait with "
                    + "OperationCanceledException");
                throw;
            }
        }
    }

    private sealed class Journal
    {
        private readonly TaskCompletionSource _ticksDone =
            new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<string> _lines = [];

        private int _ticks;

        public Task TicksDone => _ticksDone.Task;
        public int Ticks => Volatile.Read(ref _ticks);
        public IReadOnlyList<string> Lines
        {
            get { lock (_lines) { return [.. _lines]; } }
        }

        public void Add(string line) { lock (_lines) { _lines.Add(line); } }
        public void Tick() => Add($"tick {Interlocked.Increment(ref _ticks)}");
        public void CompleteTicks() => _ticksDone.TrySetResult();
    }
    // </periodic-work>
}
