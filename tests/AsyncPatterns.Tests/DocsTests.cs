using SnippetHarness;

namespace AsyncPatterns.Tests;

/// <summary>The site is consistent: what docfx would warn about, or silently render wrong, fails here.</summary>
public sealed class DocsTests
{
    private static readonly DocSite Site = new(Repo.Root);

    [Fact]
    public void Every_page_has_a_title() => AssertNone(DocChecks.Titles(Site));

    [Fact]
    public void No_page_has_an_inline_code_block() => AssertNone(DocChecks.InlineCode(Site));

    [Fact]
    public void Every_include_names_an_existing_file_and_region() => AssertNone(DocChecks.Includes(Site));

    [Fact]
    public void Every_example_and_its_output_are_shown_on_a_page() => AssertNone(DocChecks.Coverage(Site, Repo.Snippets.Examples));

    [Fact]
    public void Every_file_of_the_testing_project_is_shown_on_a_page() =>
        AssertNone(DocChecks.ProjectCoverage(Site, ExampleCatalog.ProjectSources(Path.Combine(Repo.Root, "snippets"))
            .SelectMany(source => (string[])[source, TestResults.PathFor(source)])
            .Where(File.Exists)));

    [Fact]
    public void Every_example_needing_a_newer_dotnet_says_so_above_its_code() => AssertNone(DocChecks.VersionNotes(Site));

    [Fact]
    public void Every_guide_page_ends_with_a_note_for_Python_developers() => AssertNone(DocChecks.PythonNotes(Site, "docs/from-python.md"));

    [Fact]
    public void Every_relative_link_resolves() => AssertNone(DocChecks.Links(Site));

    [Fact]
    public void Every_toc_href_resolves_and_every_page_is_in_a_toc() => AssertNone(DocChecks.Toc(Site));

    [Fact]
    public void Every_line_of_code_shown_fits_the_column() => AssertNone(DocChecks.CodeWidth(Site));

    [Fact]
    public void Every_diagram_is_shown_and_described() => AssertNone(DocChecks.Diagrams(Site));

    [Fact]
    public void The_site_metadata_says_what_the_examples_declare() =>
        Fail.IfAny(SiteMetadata.Check(Site, Repo.Snippets.Examples, ExpectedOutput.AcceptRequested));

    private static void AssertNone(IEnumerable<DocProblem> problems) => Fail.IfAny(problems);
}
