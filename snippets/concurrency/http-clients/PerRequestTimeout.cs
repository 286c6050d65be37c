using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Concurrency.HttpClients;

public static class PerRequestTimeout
{
    // <per-request-timeout>
    private static readonly HttpClient Client = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    });

    public static async Task Main()
    {
        await using var server = new LoopbackServer(async (request, stop) =>
        {
            await Task.Delay(300, stop); // a slow endpoint
            return (200, "finally");
        });

        // A token per request: this call gets 50 ms, whatever the client's own Timeout is.
        using (var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50)))
        {
            try
            {
                await Client.GetStringAsync(server.BaseAddress, cts.Token);
            }
            catch (OperationCanceledException ex)
            {
                Console.WriteLine($"per-request token: {ex.GetType().Name}, carries our token: {ex.CancellationToken == cts.Token}");
            }
        }

        // HttpClient.Timeout: one limit for every request of that client.
        using (var impatient = new HttpClient { Timeout = TimeSpan.FromMilliseconds(50) })
        {
            try
            {
                await impatient.GetStringAsync(server.BaseAddress);
            }
            catch (TaskCanceledException ex) when (ex.InnerException is TimeoutException)
            {
                Console.WriteLine($"HttpClient.Timeout: {ex.GetType().Name}, inner: {ex.InnerException.GetType().Name}");
            }
        }

        Client.Dispose();
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
    // </per-request-timeout>
}
