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

public static class ConcurrencyLimit
{
    public static async Task Main()
    {
        await using var server = new LoopbackServer(HandleAsync);
        await RunAsync(server.BaseAddress);
    }

    // <concurrency-limit>
    private static Gauge s_gauge = new(target: 1);

    // The server's side: every request passes the gauge, which counts the requests in
    // flight and records the peak.
    private static async Task<(int Status, string? Body)> HandleAsync(
        HttpListenerContext context, CancellationToken stopping)
    {
        await Volatile.Read(ref s_gauge).PassAsync(stopping);
        return (200, "ok");
    }

    private static async Task RunAsync(Uri server)
    {
        // 1. A SemaphoreSlim around the call: works for any async operation.
        using (var client = new HttpClient())
        using (var slots = new SemaphoreSlim(3))
        {
            await SendSixAsync(expectedPeak: 3, async () =>
            {
                await slots.WaitAsync();
                try
                {
                    await client.GetStringAsync(server);
                }
                finally
                {
                    slots.Release();
                }
            });
        }

        Report("SemaphoreSlim(3)", limit: 3);

        // 2. The handler's connection limit: HTTP/1.1 sends one request at a time per
        // connection.
        var twoConnections = new SocketsHttpHandler { MaxConnectionsPerServer = 2 };
        using (var client = new HttpClient(twoConnections))
        {
            await SendSixAsync(expectedPeak: 2, () => client.GetStringAsync(server));
        }

        Report("MaxConnectionsPerServer = 2", limit: 2);

        // 3. The control: the same six requests without a limit.
        using (var client = new HttpClient())
        {
            await SendSixAsync(expectedPeak: 6, () => client.GetStringAsync(server));
        }

        Console.WriteLine($"no limit: all 6 in flight at once: {s_gauge.Peak == 6}");
    }

    private static Task SendSixAsync(int expectedPeak, Func<Task> send)
    {
        Volatile.Write(ref s_gauge, new Gauge(expectedPeak));
        return Task.WhenAll(Enumerable.Range(0, 6).Select(_ => send()));
    }

    private static void Report(string limiter, int limit) => Console.WriteLine(
        $"{limiter}: never more than {limit} in flight: {s_gauge.Peak <= limit}, "
        + $"{limit} at once: {s_gauge.Peak == limit}");

    // Holds each request until `target` are in flight together, so the peak does not
    // depend on how quickly the requests arrive. The 5 s limit ends the wait only if
    // the target cannot be reached; then "at once" prints False.
    private sealed class Gauge(int target)
    {
        private readonly TaskCompletionSource _reached =
            new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _inFlight, _peak;

        public int Peak => Volatile.Read(ref _peak);

        public async Task PassAsync(CancellationToken stopping)
        {
            int now = Interlocked.Increment(ref _inFlight);
            int seen;
            while (now > (seen = Volatile.Read(ref _peak))
                && Interlocked.CompareExchange(ref _peak, now, seen) != seen)
            {
            }

            if (now == target)
            {
                _reached.TrySetResult();
            }

            await _reached.Task.WaitAsync(TimeSpan.FromSeconds(5), stopping)
                .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            Interlocked.Decrement(ref _inFlight);
        }
    }
    // </concurrency-limit>

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
