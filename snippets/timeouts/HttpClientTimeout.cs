using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Timeouts;

public static class HttpClientTimeout
{
    // <http-client-timeout>
    public static async Task Main()
    {
        using var http = new HttpClient(new SlowServer())
        {
            Timeout = TimeSpan.FromMilliseconds(50),
        };

        await ReportAsync(
            "HttpClient.Timeout elapses",
            http.GetStringAsync("http://example.test/report"));

        using var cts = new CancellationTokenSource();
        Task<string> get = http.GetStringAsync("http://example.test/report", cts.Token);
        await cts.CancelAsync();
        await ReportAsync("the caller cancels", get);
    }

    private static async Task ReportAsync(string scenario, Task<string> request)
    {
        try
        {
            await request;
        }
        catch (TaskCanceledException ex)
        {
            bool timedOut = ex.InnerException is TimeoutException;
            Console.WriteLine(
                $"{scenario}: {ex.GetType().Name}, " +
                $"InnerException is TimeoutException: {timedOut}");
        }
    }

    // Stands in for the network:
    // answers after 10 s unless the request is cancelled first.
    private sealed class SlowServer : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }
    // </http-client-timeout>
}
