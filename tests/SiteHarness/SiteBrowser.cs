using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SiteHarness;

/// <summary>
/// The system's Chromium, driven by Playwright, over a site served on loopback. Page visits share one browser
/// context, as one reader's tabs do (its cache spares every page parsing the template's scripts again); what changes
/// state (the theme, the search box) gets a context of its own.
/// </summary>
public sealed class SiteBrowser : IAsyncDisposable
{
    // Chromium's background services try to reach Google; this machine (and CI) may have no network for them.
    private static readonly string[] Flags =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private static readonly BrowserNewContextOptions Desktop = new() { ViewportSize = new() { Width = 1400, Height = 900 } };

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IBrowserContext _tabs;
    private readonly SemaphoreSlim _slots = new(Math.Max(2, Environment.ProcessorCount));

    private SiteBrowser(IPlaywright playwright, IBrowser browser, IBrowserContext tabs, SiteServer server)
    {
        _playwright = playwright;
        _browser = browser;
        _tabs = tabs;
        Server = server;
    }

    public SiteServer Server { get; }

    /// <summary>Serves <paramref name="siteFolder"/> and starts the browser; fails with how to install one when there is none.</summary>
    public static async Task<SiteBrowser> StartAsync(string siteFolder)
    {
        var executable = Chromium.Find(out var problem) ?? throw new InvalidOperationException(problem);
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var server = SiteServer.StartAsync(siteFolder);
        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = executable, Headless = true, Args = Flags }).ConfigureAwait(false);
        var tabs = await browser.NewContextAsync(Desktop).ConfigureAwait(false);
        return new SiteBrowser(playwright, browser, tabs, await server.ConfigureAwait(false));
    }

    /// <summary>Loads a page at 1400 px, records what went wrong while it loaded, runs axe-core, then narrows it to 390 px.</summary>
    public Task<PageVisit> VisitAsync(string page) => WithPageAsync(page, isolated: false, async (tab, errors, failed) =>
    {
        // Only violations are needed; computing passes and incomplete results as well doubles axe's time.
        var axe = await tab.RunAxe(new AxeRunOptions { ResultTypes = [ResultType.Violations] }).ConfigureAwait(false);
        var violations = axe.Violations
            .Where(v => v.Impact is "critical" or "serious")
            .Select(v => new AxeViolation(v.Id, v.Impact, v.Help, [.. v.Nodes.Select(n => (n.Target.ToString(), n.Html))]))
            .ToList();

        await tab.SetViewportSizeAsync(390, 844).ConfigureAwait(false);
        var overflow = await tab.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth").ConfigureAwait(false);
        return new PageVisit(page, [.. errors], [.. failed], violations, overflow);
    });

    /// <summary>Types a query into the site's search box on the home page and returns the results' links, best first.</summary>
    public Task<IReadOnlyList<string>> SearchAsync(string query) => WithPageAsync("index.html", isolated: true, async (tab, _, _) =>
    {
        await tab.FillAsync("#site-search", query).ConfigureAwait(false);
        await tab.WaitForSelectorAsync("#search-results .search-list").ConfigureAwait(false);
        var hrefs = await tab.EvalOnSelectorAllAsync<string[]>("#search-results .sr-item a", "links => links.map(a => a.href)").ConfigureAwait(false);
        return (IReadOnlyList<string>)[.. hrefs.Select(h => Server.Root.MakeRelativeUri(new Uri(h)).ToString())];
    });

    /// <summary>The colours of a page's first code keyword and code background, before and after choosing the dark theme in the theme picker.</summary>
    public Task<(string Theme, string Keyword, string Background)[]> ThemeColoursAsync(string page) => WithPageAsync(page, isolated: true, async (tab, _, _) =>
    {
        const string read = """
            () => {
              const keyword = document.querySelector('article pre code .hljs-keyword');
              const block = document.querySelector('article pre code');
              return [document.documentElement.getAttribute('data-bs-theme'),
                      keyword ? getComputedStyle(keyword).color : '',
                      block ? getComputedStyle(block).backgroundColor : ''];
            }
            """;
        var light = await tab.EvaluateAsync<string[]>(read).ConfigureAwait(false);
        await tab.ClickAsync("#navbar [data-bs-toggle=dropdown]").ConfigureAwait(false);
        await tab.ClickAsync("#navbar .dropdown-menu a:has(.bi-moon)").ConfigureAwait(false);
        await tab.WaitForFunctionAsync("() => document.documentElement.getAttribute('data-bs-theme') === 'dark'").ConfigureAwait(false);
        var dark = await tab.EvaluateAsync<string[]>(read).ConfigureAwait(false);
        return new[] { (light[0], light[1], light[2]), (dark[0], dark[1], dark[2]) };
    });

    private async Task<T> WithPageAsync<T>(string page, bool isolated, Func<IPage, List<string>, List<string>, Task<T>> work)
    {
        await _slots.WaitAsync().ConfigureAwait(false);
        IBrowserContext? own = null;
        try
        {
            own = isolated ? await _browser.NewContextAsync(Desktop).ConfigureAwait(false) : null;
            var tab = await (own ?? _tabs).NewPageAsync().ConfigureAwait(false);
            var errors = new List<string>();
            var failed = new List<string>();
            tab.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    errors.Add(message.Text);
                }
            };
            tab.PageError += (_, error) => errors.Add("uncaught: " + error);
            tab.RequestFailed += (_, request) => failed.Add($"{request.Url}: {request.Failure}");
            tab.Response += (_, response) =>
            {
                if (response.Status >= 400)
                {
                    failed.Add($"{response.Url}: HTTP {response.Status}");
                }
            };

            await tab.GotoAsync(new Uri(Server.Root, page).ToString()).ConfigureAwait(false);
            await tab.WaitForFunctionAsync("() => window.docfx && window.docfx.ready === true").ConfigureAwait(false);
            var result = await work(tab, errors, failed).ConfigureAwait(false);
            await tab.CloseAsync().ConfigureAwait(false);
            return result;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync().ConfigureAwait(false);
            }

            _slots.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _tabs.DisposeAsync().ConfigureAwait(false);
        await _browser.DisposeAsync().ConfigureAwait(false);
        _playwright.Dispose();
        await Server.DisposeAsync().ConfigureAwait(false);
        _slots.Dispose();
    }
}
