using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Concurrency.HttpClients;

public static class SharedClient
{
    public static async Task Main()
    {
        await using var server = new LoopbackServer(HandleAsync);
        await RunAsync(server.BaseAddress);
    }

    // <shared-client>
    // One client for the whole application. PooledConnectionLifetime makes the pool
    // replace its connections now and then, so a long-lived client notices DNS changes.
    private static readonly HttpClient Client = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    });

    private static readonly ConcurrentQueue<int> ClientPorts = new();

    // The server's side: each TCP connection has a client port of its own.
    private static Task<(int Status, string? Body)> HandleAsync(
        HttpListenerContext context, CancellationToken stopping)
    {
        ClientPorts.Enqueue(context.Request.RemoteEndPoint.Port);
        return Task.FromResult<(int, string?)>((200, "hello"));
    }

    private static async Task RunAsync(Uri server)
    {
        for (int i = 0; i < 10; i++)
        {
            await Client.GetStringAsync(server);
        }

        Console.WriteLine($"shared client: {Connections()} connection(s)");

        ClientPorts.Clear();
        for (int i = 0; i < 10; i++)
        {
            using var perRequest = new HttpClient(); // the anti-pattern: a pool each
            await perRequest.GetStringAsync(server);
        }

        Console.WriteLine($"client per request: {Connections()} connection(s)");

        Client.Dispose(); // an application keeps it until it exits
    }

    private static string Connections() =>
        $"10 requests over {new HashSet<int>(ClientPorts).Count}";
    // </shared-client>

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
