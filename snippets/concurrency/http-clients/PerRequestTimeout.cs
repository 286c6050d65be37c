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

public static class PerRequestTimeout
{
    public static async Task Main()
    {
        await using var server = new LoopbackServer(HandleAsync);
        await RunAsync(server.BaseAddress);
    }

    // <per-request-timeout>
    private static readonly HttpClient Client = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    });

    // The server's side: an endpoint too slow for any client here. It answers only
    // when the server stops, which ends the wait through the server's stop token.
    private static async Task<(int Status, string? Body)> HandleAsync(
        HttpListenerContext context, CancellationToken stopping)
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, stopping);
        return (200, "finally");
    }

    private static async Task RunAsync(Uri server)
    {
        // A token per request: this call gets 50 ms, whatever the client's Timeout is.
        using (var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50)))
        {
            try
            {
                await Client.GetStringAsync(server, cts.Token);
            }
            catch (OperationCanceledException ex)
            {
                bool ours = ex.CancellationToken == cts.Token;
                string type = ex.GetType().Name;
                Console.WriteLine(
                    $"per-request token: {type}, carries our token: {ours}");
            }
        }

        // HttpClient.Timeout: one limit for every request of that client.
        using (var impatient = new HttpClient())
        {
            impatient.Timeout = TimeSpan.FromMilliseconds(50);
            try
            {
                await impatient.GetStringAsync(server);
            }
            catch (TaskCanceledException ex)
                when (ex.InnerException is TimeoutException inner)
            {
                string type = ex.GetType().Name;
                Console.WriteLine(
                    $"HttpClient.Timeout: {type}, inner: {inner.GetType().Name}");
            }
        }

        Client.Dispose();
    }
    // </per-request-timeout>

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
