using SnippetHarness;

namespace SnippetHarness.Tests;

/// <summary>Each broken page is reported at its file and line.</summary>
public sealed class DocFailureTests
{
    [Fact]
    public void A_line_of_code_wider_than_the_column_is_reported_at_its_line() =>
        Assert.Equal(
            [new DocProblem("snippets/layout/WideLine.cs", 10, "line is 191 columns wide as docs/layout-problems.md:5 shows it (at most 90): wrap it")],
            DocChecks.CodeWidth(BrokenRepo.Site));

    [Fact]
    public void A_diagram_no_page_shows_or_that_says_nothing_to_a_screen_reader_is_reported()
    {
        var problems = DocChecks.Diagrams(BrokenRepo.Site).ToList();
        Assert.All(problems, p => Assert.Equal(("docs/diagrams/undescribed.mmd", 1), (p.File, p.Line)));
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Message.StartsWith("diagram is not shown on any page", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.StartsWith("diagram has no 'accTitle:' line", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.StartsWith("diagram has no 'accDescr:' line", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_region_is_reported_at_the_include() =>
        Assert.Contains(DocChecks.Includes(BrokenRepo.Site), p => p is { File: "docs/missing-region.md", Line: 3 } && p.Message.StartsWith("region 'no-such-region' not found", StringComparison.Ordinal));

    [Fact]
    public void Missing_file_is_reported_at_the_include() =>
        Assert.Contains(DocChecks.Includes(BrokenRepo.Site), p => p is { File: "docs/missing-file.md", Line: 3 } && p.Message.Contains("does not exist", StringComparison.Ordinal));

    [Fact]
    public void Inline_code_block_is_reported_where_it_starts() =>
        Assert.Contains(DocChecks.InlineCode(BrokenRepo.Site), p => p is { File: "docs/inline-code.md", Line: 5 });

    [Fact]
    public void Example_no_page_shows_is_reported() =>
        Assert.Contains(DocChecks.Coverage(BrokenRepo.Site, BrokenRepo.Snippets.Examples), p => p is { File: "snippets/orphan/Orphan.cs", Line: 1 });

    [Fact]
    public void A_file_of_a_snippets_project_that_no_page_shows_is_reported() =>
        Assert.Contains(
            DocChecks.ProjectCoverage(BrokenRepo.Site, ExampleCatalog.ProjectSources(Path.Combine(BrokenRepo.Root, "snippets"))),
            p => p is { File: "snippets/orphan-tests/OrphanTests.cs", Line: 1 });

    [Fact]
    public void Broken_links_are_reported_at_their_line()
    {
        var problems = DocChecks.Links(BrokenRepo.Site).ToList();
        Assert.Contains(problems, p => p is { File: "docs/broken-link.md", Line: 3 } && p.Message.Contains("'no-such-page.md' does not exist", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { File: "docs/broken-link.md", Line: 3 } && p.Message.Contains("no heading with id 'no-such-heading'", StringComparison.Ordinal));
    }

    [Fact]
    public void Toc_href_to_a_missing_page_and_a_page_outside_every_toc_are_reported()
    {
        var problems = DocChecks.Toc(BrokenRepo.Site).ToList();
        Assert.Contains(problems, p => p is { File: "toc.yml", Line: 14 } && p.Message.Contains("docs/no-such-page.md", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { File: "docs/not-in-toc.md", Line: 1 });
    }

    [Fact]
    public void Pages_without_problems_of_a_kind_are_not_reported() =>
        Assert.DoesNotContain(DocChecks.InlineCode(BrokenRepo.Site), p => p.File != "docs/inline-code.md");
}
