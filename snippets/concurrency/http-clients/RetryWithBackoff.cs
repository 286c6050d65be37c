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

public static class RetryWithBackoff
{
    // <retry>
    private static readonly HttpClient Client = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    });

    public static async Task Main()
    {
        var calls = new ConcurrentDictionary<string, int>();
        await using var server = new LoopbackServer((request, _) =>
        {
            int call = calls.AddOrUpdate(request.Url!.AbsolutePath, 1, (_, n) => n + 1);
            return Task.FromResult(request.Url.AbsolutePath switch
            {
                "/flaky" when call <= 2 => (503, "busy, try again"),
                "/flaky" => (200, "ok"),
                _ => (404, "no such thing"),
            });
        });

        foreach (string path in (string[])["/flaky", "/missing"])
        {
            Console.WriteLine($"GET {path}");
            using HttpResponseMessage response = await SendWithRetryAsync(
                () => new HttpRequestMessage(HttpMethod.Get, new Uri(server.BaseAddress, path)), maxAttempts: 4, CancellationToken.None);
            Console.WriteLine($"  result: {(int)response.StatusCode} {response.StatusCode}; the server saw {calls[path]} call(s)");
        }

        // Why the loop builds a new request message for every attempt:
        using var once = new HttpRequestMessage(HttpMethod.Get, server.BaseAddress);
        (await Client.SendAsync(once)).Dispose();
        try
        {
            await Client.SendAsync(once);
        }
        catch (InvalidOperationException ex)
        {
            Console.WriteLine($"sending one HttpRequestMessage twice: {ex.GetType().Name}");
        }

        Client.Dispose();
    }

    private static async Task<HttpResponseMessage> SendWithRetryAsync(
        Func<HttpRequestMessage> createRequest, int maxAttempts, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            TimeSpan backoff = TimeSpan.FromMilliseconds(10 * Math.Pow(2, attempt - 1)); // 10, 20, 40 ms
            using HttpRequestMessage request = createRequest(); // a request message can be sent only once
            try
            {
                HttpResponseMessage response = await Client.SendAsync(request, cancellationToken);
                if (!IsTransient(response.StatusCode) || attempt == maxAttempts)
                {
                    Console.WriteLine($"  attempt {attempt}: {(int)response.StatusCode}, done");
                    return response;
                }

                Console.WriteLine($"  attempt {attempt}: {(int)response.StatusCode}, retrying in {backoff.TotalMilliseconds} ms + jitter");
                response.Dispose();
            }
            catch (HttpRequestException ex) when (attempt < maxAttempts)
            {
                Console.WriteLine($"  attempt {attempt}: {ex.HttpRequestError}, retrying in {backoff.TotalMilliseconds} ms + jitter");
            }

            // Jitter spreads out clients that failed together, so they don't all retry at the same moment.
            TimeSpan jitter = TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * backoff.TotalMilliseconds / 2);
            await Task.Delay(backoff + jitter, cancellationToken);
        }
    }

    // Worth retrying: the server may answer differently next time. A 404 or 400 will not change.
    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

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
    // </retry>
}
