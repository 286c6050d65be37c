#:sdk Microsoft.NET.Sdk.Web
// mistake: sync-read
// fix: async-read
using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AspnetCore;

public static class SyncIoRefused
{
    public static async Task Main()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        MapSyncRead(app);
        MapAsyncRead(app);

        var kestrel = app.Services.GetRequiredService<IOptions<KestrelServerOptions>>();
        Console.WriteLine($"AllowSynchronousIO: {kestrel.Value.AllowSynchronousIO}");

        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        foreach (string path in new[] { "/sync", "/async" })
        {
            using var body = new StringContent("hello");
            using HttpResponseMessage response =
                await client.PostAsync(new Uri(path, UriKind.Relative), body);
            Console.WriteLine($"{path}: {await response.Content.ReadAsStringAsync()}");
        }

        await app.StopAsync();
    }

    // <sync-read>
    private static void MapSyncRead(WebApplication app) =>
        app.MapPost("/sync", (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            try
            {
                return reader.ReadToEnd(); // blocks a thread until the body arrives
            }
            catch (InvalidOperationException ex)
            {
                return $"{ex.GetType().Name}: {ex.Message}";
            }
        });
    // </sync-read>

    // <async-read>
    private static void MapAsyncRead(WebApplication app) =>
        app.MapPost("/async", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            string text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
            return $"read \"{text}\"";
        });
    // </async-read>
}
