using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Concurrency.HttpClients;

public static class SharedClient
{
    // <shared-client>
    // One client for the whole application. PooledConnectionLifetime makes the pool replace its
    // connections now and then, so a long-lived client still notices DNS changes.
    private static readonly HttpClient Client = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    });

    public static async Task Main()
    {
        var clientPorts = new ConcurrentQueue<int>();
        await using var server = new LoopbackServer((request, _) =>
        {
            clientPorts.Enqueue(request.RemoteEndPoint.Port); // each TCP connection has its own client port
            return Task.FromResult((200, "hello"));
        });

        for (int i = 0; i < 10; i++)
        {
            await Client.GetStringAsync(server.BaseAddress);
        }

        Console.WriteLine($"shared client: 10 requests over {new HashSet<int>(clientPorts).Count} connection(s)");

        clientPorts.Clear();
        for (int i = 0; i < 10; i++)
        {
            using var perRequest = new HttpClient(); // the anti-pattern: a new connection pool every time
            await perRequest.GetStringAsync(server.BaseAddress);
        }

        Console.WriteLine($"client per request: 10 requests over {new HashSet<int>(clientPorts).Count} connection(s)");

        Client.Dispose(); // an application keeps it until it exits; the example leaves nothing open
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
    // </shared-client>
}
