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

public static class RetryWithBackoff
{
    public static async Task Main()
    {
        await using var server = new LoopbackServer(HandleAsync);
        await RunAsync(server.BaseAddress);
    }

    // <retry>
    private static readonly HttpClient Client = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    });

    private static readonly ConcurrentDictionary<string, int> Calls = new();

    // The server's side: /flaky fails its first two calls with 503; others are 404.
    private static Task<(int Status, string? Body)> HandleAsync(
        HttpListenerContext context, CancellationToken stopping)
    {
        string path = context.Request.Url!.AbsolutePath;
        int call = Calls.AddOrUpdate(path, 1, (_, n) => n + 1);
        return Task.FromResult<(int, string?)>(path switch
        {
            "/flaky" when call <= 2 => (503, "busy, try again"),
            "/flaky" => (200, "ok"),
            _ => (404, "no such thing"),
        });
    }

    private static async Task RunAsync(Uri server)
    {
        foreach (string path in (string[])["/flaky", "/missing"])
        {
            Console.WriteLine($"GET {path}");
            using HttpResponseMessage response = await SendWithRetryAsync(
                () => new HttpRequestMessage(HttpMethod.Get, new Uri(server, path)),
                maxAttempts: 4,
                CancellationToken.None);
            int status = (int)response.StatusCode;
            Console.WriteLine($"  result: {status} {response.StatusCode}; "
                + $"the server saw {Calls[path]} call(s)");
        }

        // Why the loop builds a new request message for every attempt:
        using var once = new HttpRequestMessage(HttpMethod.Get, server);
        (await Client.SendAsync(once)).Dispose();
        try
        {
            await Client.SendAsync(once);
        }
        catch (InvalidOperationException ex)
        {
            string type = ex.GetType().Name;
            Console.WriteLine($"sending one HttpRequestMessage twice: {type}");
        }

        Client.Dispose();
    }

    private static async Task<HttpResponseMessage> SendWithRetryAsync(
        Func<HttpRequestMessage> createRequest, int maxAttempts, CancellationToken ct)
    {
        for (int attempt = 1; ; attempt++)
        {
            // 10, 20, 40 ms
            var backoff = TimeSpan.FromMilliseconds(10 * Math.Pow(2, attempt - 1));
            using HttpRequestMessage request = createRequest(); // each can be sent once
            try
            {
                HttpResponseMessage response = await Client.SendAsync(request, ct);
                int status = (int)response.StatusCode;
                if (!IsTransient(response.StatusCode) || attempt == maxAttempts)
                {
                    Console.WriteLine($"  attempt {attempt}: {status}, done");
                    return response;
                }

                Console.WriteLine($"  attempt {attempt}: {status}, "
                    + $"retrying in {backoff.TotalMilliseconds} ms + jitter");
                response.Dispose();
            }
            catch (HttpRequestException ex) when (attempt < maxAttempts)
            {
                Console.WriteLine($"  attempt {attempt}: {ex.HttpRequestError}, "
                    + $"retrying in {backoff.TotalMilliseconds} ms + jitter");
            }

            // Jitter spreads out clients that failed together, so that they do not all
            // retry at the same moment too.
            double jitter = Random.Shared.NextDouble() * backoff.TotalMilliseconds / 2;
            await Task.Delay(backoff + TimeSpan.FromMilliseconds(jitter), ct);
        }
    }

    // Worth retrying: the server may answer differently next time; a 404 or 400 won't.
    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable
            or HttpStatusCode.GatewayTimeout;
    // </retry>

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
