using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace Concurrency.HttpClients;

public static class StreamingJson
{
    public static async Task Main()
    {
        await using var server = new LoopbackServer(HandleAsync);
        await RunAsync(server.BaseAddress);
    }

    // <streaming-json>
    private sealed record Reading(int Id, double Value);

    private static readonly ConcurrentQueue<string> Log = new();
    private static readonly TaskCompletionSource FirstItemProcessed =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    // The server's side: sends item 1, then holds the rest back until the client has
    // processed item 1. A client that waited for the whole body would wait forever.
    private static async Task<(int Status, string? Body)> HandleAsync(
        HttpListenerContext context, CancellationToken stopping)
    {
        HttpListenerResponse response = context.Response;
        response.ContentType = "application/json";
        response.SendChunked = true; // length unknown up front: sent as it is written
        Stream body = response.OutputStream;

        Log.Enqueue("server: sends item 1, then waits");
        byte[] first = Encoding.UTF8.GetBytes("""[{"id":1,"value":0.5}""");
        await body.WriteAsync(first, stopping);
        await body.FlushAsync(stopping);

        // Only a client that processes items as they arrive gets past this point.
        await FirstItemProcessed.Task.WaitAsync(stopping);
        Log.Enqueue("server: the client has processed item 1; sends items 2 and 3");

        await body.WriteAsync(Encoding.UTF8.GetBytes("""
            ,{"id":2,"value":1.5},{"id":3,"value":2.5}]
            """), stopping);
        return (200, null); // the body is written
    }

    private static async Task RunAsync(Uri server)
    {
        using var client = new HttpClient();

        // The web defaults (camelCase, case-insensitive names) and the reflection-based
        // contract, named explicitly: where reflection-based JSON is off by default
        // (Native AOT, file-based apps) there is no default contract. Trimmed and AOT
        // apps generate the contract with a JsonSerializerContext instead.
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };

        IAsyncEnumerable<Reading?> readings =
            client.GetFromJsonAsAsyncEnumerable<Reading>(server, json);
        await foreach (Reading? reading in readings)
        {
            Log.Enqueue($"client: processed item {reading!.Id} ({reading.Value})");
            if (reading.Id == 1)
            {
                FirstItemProcessed.SetResult();
            }
        }

        foreach (string line in Log)
        {
            Console.WriteLine(line);
        }
    }
    // </streaming-json>

    // <loopback-server>
    // A minimal HTTP server on 127.0.0.1 and a free port, so the example needs no
    // network. A handler returns the status and body to send, or a null body once it
    // has written the response itself.
    private sealed class LoopbackServer : IAsyncDisposable
    {
        private readonly HttpListener _listener;
        private readonly CancellationTokenSource _stopping = new();
        private readonly Handler _handle;
        private readonly Task _acceptLoop;
        private Exception? _handlerBug;

        public LoopbackServer(Handler handle)
        {
            _handle = handle;
            for (int attempt = 1; ; attempt++)
            {
                // Let the OS pick a free port, then listen on it (and retry if
                // something took the port meanwhile).
                var probe = new TcpListener(IPAddress.Loopback, 0);
                probe.Start();
                int port = ((IPEndPoint)probe.LocalEndpoint).Port;
                probe.Stop();

                _listener = new HttpListener();
                _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
                try
                {
                    _listener.Start();
                    BaseAddress = new Uri($"http://127.0.0.1:{port}/");
                    break;
                }
                catch (HttpListenerException) when (attempt < 5)
                {
                    _listener.Close();
                }
            }

            _acceptLoop = AcceptLoopAsync();
        }

        public delegate Task<(int Status, string? Body)> Handler(
            HttpListenerContext context, CancellationToken stopping);

        public Uri BaseAddress { get; }

        public async ValueTask DisposeAsync()
        {
            await _stopping.CancelAsync(); // handlers still waiting give up
            _listener.Close();              // the port is freed, the accept loop's wait fails
            await _acceptLoop;              // and it waits for its handlers
            _stopping.Dispose();
            if (_handlerBug is { } bug)
            {
                ExceptionDispatchInfo.Throw(bug); // a handler's bug fails the program
            }
        }

        private async Task AcceptLoopAsync()
        {
            var handlers = new List<Task>();
            while (true)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception) when (_stopping.IsCancellationRequested)
                {
                    break;
                }

                handlers.Add(HandleAsync(context));
            }

            await Task.WhenAll(handlers);
        }

        private async Task HandleAsync(HttpListenerContext context)
        {
            HttpListenerResponse response = context.Response;
            try
            {
                (int status, string? body) = await _handle(context, _stopping.Token);
                if (body is not null)
                {
                    byte[] bytes = Encoding.UTF8.GetBytes(body);
                    response.StatusCode = status;
                    response.ContentLength64 = bytes.Length; // one write, not chunked
                    await response.OutputStream.WriteAsync(bytes, _stopping.Token);
                }

                response.Close();
            }
            catch (Exception ex) when (_stopping.IsCancellationRequested
                || ex is HttpListenerException or IOException)
            {
                response.Abort(); // the server is stopping, or the client went away
            }
            catch (Exception ex)
            {
                // Anything else is a bug in the handler: DisposeAsync throws it, rather
                // than let the client take it for a connection failure and retry.
                response.Abort();
                Interlocked.CompareExchange(ref _handlerBug, ex, null);
            }
        }
    }
    // </loopback-server>
}
