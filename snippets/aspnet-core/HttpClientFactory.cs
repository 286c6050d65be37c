#:sdk Microsoft.NET.Sdk.Web
#:property PublishAot=false
using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;

namespace AspnetCore;

public static class HttpClientFactory
{
    // <http-client-factory>
    public static async Task Main()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        // A typed client: PriceClient gets an HttpClient configured here.
        builder.Services.AddHttpClient<PriceClient>("prices", (services, http) =>
        {
            // Runs each time a client is made, so the bound port is known by then.
            var server = services.GetRequiredService<IServer>();
            var addresses = server.Features.Get<IServerAddressesFeature>()!;
            http.BaseAddress = new Uri(addresses.Addresses.First());
        });
        await using var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");

        app.MapGet("/prices/{item}", (string item) => item == "tea" ? 4 : 3);
        app.MapGet("/quotes/{item}/{quantity:int}", async (
            string item, int quantity, PriceClient prices,
            CancellationToken cancellationToken) =>
        {
            int price = await prices.GetPriceAsync(item, cancellationToken);
            return $"{quantity} x {item} at {price} = {quantity * price}";
        });

        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        Console.WriteLine(await client.GetStringAsync("/quotes/tea/3"));

        // Each client is a new HttpClient; they share the pooled handler.
        var factory = app.Services.GetRequiredService<IHttpClientFactory>();
        using HttpClient first = factory.CreateClient("prices");
        using HttpClient second = factory.CreateClient("prices");
        var handlers = app.Services.GetRequiredService<IHttpMessageHandlerFactory>();
        Console.WriteLine($"same HttpClient: {object.ReferenceEquals(first, second)}");
        Console.WriteLine("same handler: " + object.ReferenceEquals(
            handlers.CreateHandler("prices"), handlers.CreateHandler("prices")));
        await app.StopAsync();
    }

    private sealed class PriceClient(HttpClient http)
    {
        public Task<int> GetPriceAsync(string item, CancellationToken token) =>
            http.GetFromJsonAsync<int>($"/prices/{item}", token);
    }
    // </http-client-factory>
}
