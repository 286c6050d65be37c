using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Concurrency.HttpClients;

public static class StreamingJson
{
    // <streaming-json>
    private sealed record Reading(int Id, double Value);

    public static async Task Main()
    {
        using var client = new HttpClient();
        var log = new ConcurrentQueue<string>();
        var firstItemProcessed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        await using var server = new LoopbackServer(async (response, stop) =>
        {
            response.ContentType = "application/json";
            response.SendChunked = true; // length unknown up front: the body goes out as it is written
            Stream body = response.OutputStream;

            log.Enqueue("server: sends item 1, then waits");
            await body.WriteAsync(Encoding.UTF8.GetBytes("""[{"id":1,"value":0.5}"""), stop);
            await body.FlushAsync(stop);

            // Only a client that processes items as they arrive can get past this point.
            Task processed = firstItemProcessed.Task.WaitAsync(TimeSpan.FromSeconds(1), stop);
            await processed.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            log.Enqueue($"server: client processed item 1 before the rest was sent: {processed.IsCompletedSuccessfully}");

            await body.WriteAsync(Encoding.UTF8.GetBytes("""
                ,{"id":2,"value":1.5},{"id":3,"value":2.5}]
                """), stop);
        });

        await foreach (Reading? reading in client.GetFromJsonAsAsyncEnumerable<Reading>(server.BaseAddress))
        {
            log.Enqueue($"client: processed item {reading!.Id} (value {reading.Value})");
            if (reading.Id == 1)
            {
                firstItemProcessed.SetResult();
            }
        }

        foreach (string line in log)
        {
            Console.WriteLine(line);
        }
    }

    // A minimal HTTP server on 127.0.0.1 and a free port, so the example needs no network.
    private sealed class LoopbackServer : IAsyncDisposable
    {
        private readonly HttpListener _listener;
        private readonly CancellationTokenSource _stopping = new();
        private readonly Func<HttpListenerResponse, CancellationToken, Task> _handle;
        private readonly Task _acceptLoop;

        public LoopbackServer(Func<HttpListenerResponse, CancellationToken, Task> handle)
        {
            _handle = handle;
            for (int attempt = 1; ; attempt++)
            {
                // Let the OS pick a free port, then listen on it (retry if something took it meanwhile).
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

        public Uri BaseAddress { get; }

        public async ValueTask DisposeAsync()
        {
            await _stopping.CancelAsync(); // handlers still waiting give up
            _listener.Stop();               // the accept loop's pending wait fails
            await _acceptLoop;              // and it waits for its handlers
            _listener.Close();
            _stopping.Dispose();
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
            try
            {
                await _handle(context.Response, _stopping.Token);
                context.Response.Close();
            }
            catch (Exception)
            {
                context.Response.Abort(); // the client gave up, or the server is stopping
            }
        }
    }
    // </streaming-json>
}
