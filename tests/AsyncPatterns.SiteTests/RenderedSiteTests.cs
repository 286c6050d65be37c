using SiteHarness;

namespace AsyncPatterns.SiteTests;

/// <summary>The site docfx builds shows exactly what the tests checked, and every page can be reached.</summary>
public sealed class RenderedSiteTests(BuiltSite site)
{
    [Fact]
    public void Docfx_builds_the_site_without_a_warning() =>
        Fail.IfAny(RenderedChecks.DocfxMessages(BuiltSite.Sources, site.Build));

    [Fact]
    public void Every_block_shows_the_text_the_tests_checked() =>
        Fail.IfAny(RenderedChecks.Blocks(BuiltSite.Sources, site.Rendered));

    [Fact]
    public void Every_page_is_rendered_and_linked_from_the_navigation() =>
        Fail.IfAny(RenderedChecks.Navigation(BuiltSite.Sources, site.Rendered));

    [Fact]
    public void Every_page_has_the_footer_and_its_edit_link() =>
        Fail.IfAny(RenderedChecks.Footer(BuiltSite.Sources, site.Rendered, site.Repository));
}
