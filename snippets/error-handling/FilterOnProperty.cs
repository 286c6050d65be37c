using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ErrorHandling;

public static class FilterOnProperty
{
    // <filter-on-property>
    public static async Task Main()
    {
        using var http = new HttpClient(new FakeServer())
        {
            BaseAddress = new Uri("http://example.test/"),
        };
        foreach (string id in new[] { "1", "2", "3", "4" })
        {
            try
            {
                Console.WriteLine($"user {id}: {await GetUserNameAsync(http, id)}");
            }
            catch (HttpRequestException ex)
            {
                Console.WriteLine(
                    $"user {id}: not handled by GetUserNameAsync, " +
                    $"status {(int?)ex.StatusCode}");
            }
        }
    }

    private static async Task<string> GetUserNameAsync(HttpClient http, string id)
    {
        try
        {
            return await http.GetStringAsync(new Uri($"users/{id}", UriKind.Relative));
        }
        catch (HttpRequestException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return "(no such user)";
        }
        catch (HttpRequestException ex)
            when (ex.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            return "(service busy, try again later)";
        }
    }

    // Stands in for a web API: answers each user id with a fixed status.
    private sealed class FakeServer : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken)
        {
            await Task.Yield();
            return request.RequestUri!.AbsolutePath switch
            {
                "/users/1" => new HttpResponseMessage(HttpStatusCode.OK)
                {
                    Content = new StringContent("Ada"),
                },
                "/users/2" => new HttpResponseMessage(HttpStatusCode.NotFound),
                "/users/3" => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable),
                _ => new HttpResponseMessage(HttpStatusCode.InternalServerError),
            };
        }
    }
    // </filter-on-property>
}
