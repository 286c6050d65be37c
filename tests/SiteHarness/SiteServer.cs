using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace SiteHarness;

/// <summary>A built site served as GitHub Pages would serve it, by Kestrel on 127.0.0.1 and a free port.</summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SiteServer(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    /// <summary>The site's root, ending in a slash: <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Root { get; }

    public static async Task<SiteServer> StartAsync(string siteFolder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();

        // Serve the site's own file types (docfx writes .json, .woff2, .map, ...), and nothing else.
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".json"] = "application/json";
        app.UseFileServer(new FileServerOptions
        {
            FileProvider = new PhysicalFileProvider(Path.GetFullPath(siteFolder)),
            StaticFileOptions = { ContentTypeProvider = types },
        });
        await app.StartAsync().ConfigureAwait(false);
        return new SiteServer(app, new Uri(app.Urls.First().TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
