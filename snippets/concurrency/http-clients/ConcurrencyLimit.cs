using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Concurrency.HttpClients;

public static class ConcurrencyLimit
{
    // <concurrency-limit>
    public static async Task Main()
    {
        int inFlight = 0, maxInFlight = 0;
        await using var server = new LoopbackServer(async (request, stop) =>
        {
            int now = Interlocked.Increment(ref inFlight);
            int seen;
            while (now > (seen = Volatile.Read(ref maxInFlight)) && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
            {
            }

            await Task.Delay(40, stop);
            Interlocked.Decrement(ref inFlight);
            return (200, "ok");
        });

        // 1. A SemaphoreSlim around the call: works for any async operation, not only HTTP.
        using (var client = new HttpClient())
        using (var slots = new SemaphoreSlim(3))
        {
            await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
            {
                await slots.WaitAsync();
                try
                {
                    await client.GetStringAsync(server.BaseAddress);
                }
                finally
                {
                    slots.Release();
                }
            }));
        }

        Console.WriteLine($"SemaphoreSlim(3): at most {maxInFlight} requests in flight at the server");

        // 2. The handler's connection limit: HTTP/1.1 sends one request at a time per connection.
        maxInFlight = 0;
        using (var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 2 }))
        {
            await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.GetStringAsync(server.BaseAddress)));
        }

        Console.WriteLine($"MaxConnectionsPerServer = 2: at most {maxInFlight} requests in flight at the server");
    }

    // A minimal HTTP server on 127.0.0.1 and a free port, so the example needs no network.
    private sealed class LoopbackServer : IAsyncDisposable
    {
        private readonly HttpListener _listener;
        private readonly CancellationTokenSource _stopping = new();
        private readonly Func<HttpListenerRequest, CancellationToken, Task<(int Status, string Body)>> _handle;
        private readonly Task _acceptLoop;

        public LoopbackServer(Func<HttpListenerRequest, CancellationToken, Task<(int Status, string Body)>> handle)
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
                (int status, string body) = await _handle(context.Request, _stopping.Token);
                byte[] bytes = Encoding.UTF8.GetBytes(body);
                context.Response.StatusCode = status;
                context.Response.ContentLength64 = bytes.Length; // one write, not a chunked body
                await context.Response.OutputStream.WriteAsync(bytes, _stopping.Token);
                context.Response.Close();
            }
            catch (Exception)
            {
                context.Response.Abort(); // the client gave up, or the server is stopping
            }
        }
    }
    // </concurrency-limit>
}
