#:sdk Microsoft.NET.Sdk.Web
#:property PublishAot=false
// run: process
using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AspnetCore;

public static class AsyncEndpoint
{
    // <async-endpoint>
    public static async Task Main()
    {
        // Allow the thread pool a few threads, and send five times as many requests.
        int maxThreads = Math.Max(4, Environment.ProcessorCount);
        ThreadPool.GetMaxThreads(out int workerThreads, out int ioThreads);
        bool capped = ThreadPool.SetMaxThreads(maxThreads, ioThreads);
        int requests = 5 * maxThreads;

        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(new OrderStore(expectedWaiting: requests));
        await using var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");

        // The lambda returns Task<Order>: ASP.NET Core awaits it, then writes JSON.
        app.MapGet("/orders/{id:int}", async (int id, OrderStore store) =>
        {
            Order order = await store.LoadAsync(id);
            return order;
        });

        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        Task<Order?>[] calls = Enumerable.Range(1, requests)
            .Select(id => client.GetFromJsonAsync<Order>($"/orders/{id}"))
            .ToArray();
        var store = app.Services.GetRequiredService<OrderStore>();
        Task timeout = Task.Delay(TimeSpan.FromSeconds(8));
        bool allIn = await Task.WhenAny(store.AllWaiting, timeout) == store.AllWaiting;
        Console.WriteLine($"pool capped at a fifth of the requests: {capped}");
        Console.WriteLine($"all requests inside the endpoint at once: {allIn}");

        store.CompleteLoads(); // the "database" answers every query
        Order?[] orders = await Task.WhenAll(calls);
        ThreadPool.SetMaxThreads(workerThreads, ioThreads); // the proof is done
        bool right = orders.Select((order, i) => order?.Id == i + 1).All(ok => ok);
        Console.WriteLine($"every client got the order it asked for: {right}");
        Console.WriteLine(await client.GetStringAsync("/orders/7"));
        client.Dispose(); // closes its connections before the server stops
        await app.StopAsync();
    }

    public sealed record Order(int Id, string Item);

    // Stands in for a database: a query waits until CompleteLoads is called.
    public sealed class OrderStore(int expectedWaiting)
    {
        private readonly TaskCompletionSource _allWaiting = NewSignal();
        private readonly TaskCompletionSource _loaded = NewSignal();
        private int _waiting;

        public Task AllWaiting => _allWaiting.Task;

        public void CompleteLoads() => _loaded.TrySetResult();

        public async Task<Order> LoadAsync(int id)
        {
            if (Interlocked.Increment(ref _waiting) == expectedWaiting)
            {
                _allWaiting.TrySetResult();
            }

            await _loaded.Task; // the thread goes back to the pool here
            return new Order(id, $"item {id}");
        }

        private static TaskCompletionSource NewSignal() =>
            new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
    // </async-endpoint>
}
