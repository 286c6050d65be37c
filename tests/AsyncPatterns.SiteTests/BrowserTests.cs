using SiteHarness;

namespace AsyncPatterns.SiteTests;

/// <summary>Every page as a reader's browser shows it: Chromium over the built site, served on loopback.</summary>
public sealed class BrowserTests(BuiltSite site)
{
    public static TheoryData<string> Pages => [.. BuiltSite.Sources.Pages.Select(p => p.RelativePath)];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_loads_without_a_console_error_or_a_failed_request(string page) =>
        Fail.IfAny(BrowserChecks.LoadErrors(Source(page), await site.VisitAsync(Source(page))));

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_critical_or_serious_accessibility_violation(string page) =>
        Fail.IfAny(BrowserChecks.Accessibility(Source(page), await site.VisitAsync(Source(page))));

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_does_not_scroll_sideways_on_a_phone(string page) =>
        Fail.IfAny(BrowserChecks.MobileScroll(Source(page), await site.VisitAsync(Source(page))));

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_code_block_or_table_wider_than_its_column(string page) =>
        Fail.IfAny(BrowserChecks.WideContent(Source(page), await site.VisitAsync(Source(page))));

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_draws_every_diagram(string page) =>
        Fail.IfAny(BrowserChecks.Diagrams(Source(page), await site.VisitAsync(Source(page))));

    [Theory]
    [InlineData("WhenAll", "docs/gathering-results.html")]
    [InlineData("Task.WhenAll", "docs/gathering-results.html")]
    [InlineData("ConfigureAwait", "docs/pitfalls.html")]
    [InlineData("Channel", "docs/concurrency/producer-consumer.html")]
    [InlineData("CancellationToken", "docs/cancellation.html")]
    public async Task Search_puts_the_page_about_it_first(string query, string page)
    {
        var results = await (await site.BrowserAsync()).SearchAsync(query);
        var first = results.Count > 0 ? results[0].Split('#')[0] : "(no result)";
        Assert.True(first == page, $"search for '{query}' should put {page} first; it gave: {string.Join(", ", results.Take(5))}");
    }

    [Fact]
    public async Task The_dark_theme_switches_the_code_theme_too()
    {
        var (light, dark) = await (await site.BrowserAsync()).ThemeColoursAsync("docs/core-concepts.html") is [var l, var d] ? (l, d) : default;
        Assert.Equal(("light", "dark"), (light.Theme, dark.Theme));
        Assert.NotEqual(light.Keyword, dark.Keyword);
        Assert.NotEqual(light.Background, dark.Background);
    }

    private static SnippetHarness.DocPage Source(string page) => BuiltSite.Sources.Pages.Single(p => p.RelativePath == page);
}
