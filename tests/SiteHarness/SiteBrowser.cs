using System.Collections.Concurrent;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SiteHarness;

/// <summary>
/// The system's Chromium, driven by Playwright, over a site served on loopback. Page visits share one browser
/// context, as one reader's tabs do (its cache spares every page parsing the template's scripts again), and a few
/// tabs, one page after another; what changes state (the theme, the search box) gets a context of its own.
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
    private readonly ConcurrentBag<IPage> _idleTabs = [];

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
        var diagrams = await DiagramsAsync(tab).ConfigureAwait(false);
        var overflowing = await tab.EvaluateAsync<string[]>(Overflowing).ConfigureAwait(false);

        // Only violations are needed; computing passes and incomplete results as well doubles axe's time. The site has
        // no frames, so axe runs in the page itself: RunAxe gathers per frame and then finishes in a blank page of its
        // own, injecting axe-core again, which took a visit from about 2 s to 4.5 s here. The package marks that mode
        // obsolete ("being removed in the future"); the version is pinned, and its removal would fail the build.
#pragma warning disable CS0618
        var axe = await tab.Locator("html").RunAxeLegacy(new AxeRunOptions { ResultTypes = [ResultType.Violations] }).ConfigureAwait(false);
#pragma warning restore CS0618
        var violations = axe.Violations
            .Where(v => v.Impact is "critical" or "serious")
            .Select(v => new AxeViolation(v.Id, v.Impact, v.Help, [.. v.Nodes.Select(n => (n.Target.ToString(), n.Html))]))
            .ToList();

        await tab.SetViewportSizeAsync(390, 844).ConfigureAwait(false);
        var overflow = await tab.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth").ConfigureAwait(false);
        return new PageVisit(page, [.. errors], [.. failed], violations, overflow, overflowing, diagrams);
    });

    // A block scrolls when its box is wider than it shows (highlight.js makes the <code> the scrolling box); a table
    // overflows when it reaches past the article's right edge or its wrapper scrolls.
    private const string Overflowing = """
        () => {
          const found = [];
          const right = document.querySelector('article').getBoundingClientRect().right + 1;
          for (const code of document.querySelectorAll('article pre > code')) {
            const pre = code.parentElement;
            if (code.scrollWidth > code.clientWidth + 1 || pre.scrollWidth > pre.clientWidth + 1) {
              const widest = code.textContent.split('\n').reduce((a, b) => b.length > a.length ? b : a, '');
              found.push(`code block scrolls sideways (${code.scrollWidth - code.clientWidth} px); its widest line: ${widest.trim()}`);
            }
          }
          for (const table of document.querySelectorAll('article table')) {
            const box = table.parentElement;
            if (table.getBoundingClientRect().right > right || box.scrollWidth > box.clientWidth + 1) {
              const head = [...table.querySelectorAll('th')].map(th => th.textContent.trim()).join(' | ');
              found.push(`table wider than the column (${Math.round(table.getBoundingClientRect().width)} px): ${head}`);
            }
          }
          return found;
        }
        """;

    // The template hands every `pre > code.lang-mermaid` to Mermaid once the page is ready (it becomes a `pre.mermaid`);
    // Mermaid marks each one it has drawn with data-processed, and draws a failure as an SVG whose role is "error".
    private static async Task<IReadOnlyList<DiagramRender>> DiagramsAsync(IPage tab)
    {
        const string diagrams = "article code.lang-mermaid, article pre.mermaid";
        if (await tab.EvaluateAsync<int>($"() => document.querySelectorAll('{diagrams}').length").ConfigureAwait(false) == 0)
        {
            return [];
        }

        try
        {
            await tab.WaitForFunctionAsync(
                $"() => [...document.querySelectorAll('{diagrams}')].every(d => d.getAttribute('data-processed') === 'true')",
                null, new() { Timeout = 10_000 }).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Reported per diagram below, as not drawn.
        }

        var drawn = await tab.EvaluateAsync<string[][]>($$"""
            () => [...document.querySelectorAll('{{diagrams}}')].map(d => {
              const source = d.getAttribute('data-mermaid') ?? d.textContent;
              const title = /accTitle:\s*(.*)/.exec(source)?.[1].trim() ?? '(untitled)';
              const svg = d.querySelector('svg');
              if (!svg) return [title, 'Mermaid did not draw it within 10 s'];
              if (svg.getAttribute('aria-roledescription') === 'error') return [title, 'Mermaid drew an error: ' + svg.textContent.trim()];
              return [title, ''];
            })
            """).ConfigureAwait(false);
        return [.. drawn.Select(d => new DiagramRender(d[0], d[1].Length == 0 ? null : d[1]))];
    }

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
        IPage? tab = null;
        try
        {
            own = isolated ? await _browser.NewContextAsync(Desktop).ConfigureAwait(false) : null;
            tab = own is not null ? await own.NewPageAsync().ConfigureAwait(false)
                : _idleTabs.TryTake(out var idle) ? idle
                : await _tabs.NewPageAsync().ConfigureAwait(false);
            var errors = new List<string>();
            var failed = new List<string>();
            void OnConsole(object? sender, IConsoleMessage message)
            {
                if (message.Type == "error")
                {
                    errors.Add(message.Text);
                }
            }

            void OnPageError(object? sender, string error) => errors.Add("uncaught: " + error);
            void OnRequestFailed(object? sender, IRequest request) => failed.Add($"{request.Url}: {request.Failure}");
            void OnResponse(object? sender, IResponse response)
            {
                if (response.Status >= 400)
                {
                    failed.Add($"{response.Url}: HTTP {response.Status}");
                }
            }

            tab.Console += OnConsole;
            tab.PageError += OnPageError;
            tab.RequestFailed += OnRequestFailed;
            tab.Response += OnResponse;
            T result;
            try
            {
                await tab.GotoAsync(new Uri(Server.Root, page).ToString()).ConfigureAwait(false);
                try
                {
                    await tab.WaitForFunctionAsync("() => window.docfx && window.docfx.ready === true", null, new() { Timeout = 10_000 }).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    errors.Add("the template's scripts did not finish within 10 s (window.docfx.ready never became true)");
                }

                result = await work(tab, errors, failed).ConfigureAwait(false);
            }
            finally
            {
                tab.Console -= OnConsole;
                tab.PageError -= OnPageError;
                tab.RequestFailed -= OnRequestFailed;
                tab.Response -= OnResponse;
            }

            if (own is null)
            {
                // The next page loads in this tab: its renderer has the template's and axe-core's scripts compiled
                // already (a quarter less time than a new tab each). Leaving the page first ends whatever it still
                // had in flight while nobody listens, so nothing of it is blamed on the next page.
                await tab.GotoAsync("about:blank").ConfigureAwait(false);
                await tab.SetViewportSizeAsync(Desktop.ViewportSize!.Width, Desktop.ViewportSize.Height).ConfigureAwait(false);
                _idleTabs.Add(tab);
                tab = null;
            }

            return result;
        }
        finally
        {
            if (tab is not null)
            {
                await tab.CloseAsync().ConfigureAwait(false); // an isolated one, or one whose visit failed midway
            }

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
