using SiteHarness;
using SnippetHarness;

[assembly: AssemblyFixture(typeof(AsyncPatterns.SiteTests.BuiltSite))]

namespace AsyncPatterns.SiteTests;

/// <summary>
/// The repository's site, built once for the whole run by the real docfx into a temporary folder, then served on
/// loopback and opened in Chromium. Every page is visited as soon as the build is done, a few at a time, so each
/// browser test only awaits a visit already on its way.
/// </summary>
public sealed class BuiltSite : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("site-").FullName;
    private readonly Dictionary<string, Task<PageVisit>> _visits = [];
    private Task<SiteBrowser>? _browser;

    public static string Root { get; } = RepositoryRoot.Above(AppContext.BaseDirectory);

    /// <summary>The sources, read once (also the rows of the per-page theories).</summary>
    public static DocSite Sources { get; } = new(Root);

    public DocfxResult Build { get; private set; } = null!;

    public RenderedSite Rendered { get; private set; } = null!;

    /// <summary>The repository on GitHub that the edit links point into, or null outside a GitHub clone.</summary>
    public string? Repository { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var output = Path.Combine(_folder, "_site");
        Directory.CreateDirectory(output);
        _browser = SiteBrowser.StartAsync(output); // the browser starts while docfx builds
        Build = await DocfxBuild.RunAsync(Path.Combine(Root, "docfx.json"), output, TimeSpan.FromMinutes(2));
        Rendered = new RenderedSite(output);
        Repository = await DocfxBuild.RepositoryUrlAsync(Root);
        foreach (var page in Sources.Pages)
        {
            if (Rendered.HtmlOf(page.RelativePath) is { } html)
            {
                _visits[page.RelativePath] = VisitAsync(html);
            }
        }
    }

    /// <summary>What the browser saw on a page; fails with the reason when there is no browser or no such page.</summary>
    public Task<PageVisit> VisitAsync(DocPage page) =>
        _visits.TryGetValue(page.RelativePath, out var visit)
            ? visit
            : throw new InvalidOperationException($"{page.RelativePath}: docfx rendered no page for it (see the rendered-site tests)");

    public async Task<SiteBrowser> BrowserAsync() => await _browser!;

    private async Task<PageVisit> VisitAsync(string html) => await (await BrowserAsync()).VisitAsync(html);

    public async ValueTask DisposeAsync()
    {
        if (_browser is { IsCompletedSuccessfully: true })
        {
            await (await _browser).DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }
}
