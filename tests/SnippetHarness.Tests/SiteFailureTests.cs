using SiteHarness;

namespace SnippetHarness.Tests;

/// <summary>What only the built site shows is reported at the page and line it comes from.</summary>
public sealed class SiteFailureTests(BrokenSite site) : IClassFixture<BrokenSite>
{
    [Fact]
    public void Docfx_warnings_are_reported_at_their_file_and_line()
    {
        var problems = RenderedChecks.DocfxMessages(BrokenRepo.Site, site.Build).ToList();
        Assert.NotEqual(0, site.Build.ExitCode);
        Assert.Contains(problems, p => p is { File: "docs/docfx-error.md", Line: 3 } && p.Message.Contains("unknown-language-code", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { File: "docs/missing-file.md", Line: 3 } && p.Message.Contains("codesnippet-not-found", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { File: "docs/broken-link.md", Line: 3 } && p.Message.Contains("InvalidFileLink", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { File: "toc.yml", Line: 14 } && p.Message.Contains("no-such-page.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_block_that_renders_differently_from_its_region_is_reported_at_its_include()
    {
        var problem = Assert.Single(RenderedChecks.Blocks(BrokenRepo.Site, site.Rendered), p => p.File == "docs/rendered-differs.md" && p.Message.Contains("renders differently", StringComparison.Ordinal));
        Assert.Equal(5, problem.Line);
        Assert.StartsWith("region 'shifted' of '../snippets/rendered/Shifted.cs' renders differently in docs/rendered-differs.html", problem.Message, StringComparison.Ordinal);
        Assert.Contains("\n-    Console.WriteLine(\"a\");\n", problem.Message, StringComparison.Ordinal);
        Assert.Contains("\n+      Console.WriteLine(\"a\");\n", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fixture_sites_metadata_is_current() =>
        Assert.Null(SiteMetadata.Check(BrokenRepo.Site, BrokenRepo.Snippets.Examples, ExpectedOutput.AcceptRequested));

    [Fact]
    public void A_block_the_metadata_does_not_know_is_reported_as_uncaptioned() =>
        Assert.Contains(RenderedChecks.Blocks(BrokenRepo.Site, site.Rendered),
            p => p is { File: "docs/rendered-differs.md", Line: 5 } && p.Message.Contains("has no caption", StringComparison.Ordinal));

    [Fact]
    public void An_empty_rendered_block_is_reported_at_its_include()
    {
        var problems = RenderedChecks.Blocks(BrokenRepo.Site, site.Rendered).ToList();
        Assert.Contains(problems, p => p is { File: "docs/docfx-error.md", Line: 7 } && p.Message.Contains("renders as an empty block", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { File: "docs/missing-region.md", Line: 3 } && p.Message.Contains("renders as an empty block", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_no_toc_links_to_is_reported()
    {
        var problem = Assert.Single(RenderedChecks.Navigation(BrokenRepo.Site, site.Rendered));
        Assert.Equal(new DocProblem("docs/not-in-toc.md", 1, "docs/not-in-toc.html is rendered, but no rendered toc links to it: the navigation cannot reach it"), problem);
    }

    [Fact]
    public async Task An_accessibility_violation_and_a_failed_request_are_reported_at_the_page()
    {
        var source = BrokenRepo.Site.Pages.Single(p => p.RelativePath == "docs/browser-problems.md");
        var visit = await site.VisitAsync("docs/browser-problems.html");

        var violation = Assert.Single(BrowserChecks.Accessibility(source, visit));
        Assert.Equal(5, violation.Line);
        Assert.Contains("critical accessibility violation 'button-name'", violation.Message, StringComparison.Ordinal);
        Assert.Contains(BrowserChecks.LoadErrors(source, visit), p => p.Message.Contains("missing.png: HTTP 404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_block_or_table_wider_than_the_column_and_a_diagram_that_fails_to_draw_are_reported()
    {
        var source = BrokenRepo.Site.Pages.Single(p => p.RelativePath == "docs/layout-problems.md");
        var visit = await site.VisitAsync("docs/layout-problems.html");

        var wide = BrowserChecks.WideContent(source, visit).ToList();
        Assert.True(wide.Count == 2, string.Join("\n", wide));
        Assert.Contains(wide, p => p.Line == 1 && p.Message.Contains("code block scrolls sideways", StringComparison.Ordinal) && p.Message.Contains("ninety columns", StringComparison.Ordinal));
        Assert.Contains(wide, p => p.Line == 15 && p.Message.Contains("table wider than the column", StringComparison.Ordinal));
        var diagram = Assert.Single(BrowserChecks.Diagrams(source, visit));
        Assert.Equal(11, diagram.Line);
        Assert.Contains("diagram 'A diagram Mermaid cannot draw': Mermaid drew an error", diagram.Message, StringComparison.Ordinal);
    }
}
