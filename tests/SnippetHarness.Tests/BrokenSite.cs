using SiteHarness;

namespace SnippetHarness.Tests;

/// <summary>The broken repository's site, built by the real docfx once for the tests that read it.</summary>
public sealed class BrokenSite : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("broken-site-").FullName;

    public DocfxResult Build { get; private set; } = null!;

    public RenderedSite Rendered { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var output = Path.Combine(_folder, "_site");
        Build = await DocfxBuild.RunAsync(Path.Combine(BrokenRepo.Root, "docfx.json"), output, TimeSpan.FromMinutes(2));
        Rendered = new RenderedSite(output);
    }

    /// <summary>Opens one rendered page in the browser.</summary>
    public async Task<PageVisit> VisitAsync(string page)
    {
        await using var browser = await SiteBrowser.StartAsync(Rendered.Root);
        return await browser.VisitAsync(page);
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
