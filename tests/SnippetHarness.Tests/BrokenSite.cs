using SiteHarness;

namespace SnippetHarness.Tests;

/// <summary>The broken repository's site, built by the real docfx once for the tests that read it.</summary>
public sealed class BrokenSite : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("broken-site-").FullName;
    private readonly Lock _gate = new();
    private Task<SiteBrowser>? _browser;

    public DocfxResult Build { get; private set; } = null!;

    public RenderedSite Rendered { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var output = Path.Combine(_folder, "_site");
        Build = await DocfxBuild.RunAsync(Path.Combine(BrokenRepo.Root, "docfx.json"), output, TimeSpan.FromMinutes(2));
        Rendered = new RenderedSite(output);
    }

    /// <summary>Opens one rendered page in the browser (one browser for all of them, started by the first).</summary>
    public async Task<PageVisit> VisitAsync(string page)
    {
        lock (_gate)
        {
            _browser ??= SiteBrowser.StartAsync(Rendered.Root);
        }

        return await (await _browser).VisitAsync(page);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is { IsCompletedSuccessfully: true })
        {
            await (await _browser).DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }
}
