using System.Diagnostics;
using SiteHarness;

namespace SnippetHarness.Tests;

/// <summary>
/// The footer and edit links, which docfx derives from the git remote: a one-page site in a new clone of a GitHub
/// repository gets them; the broken repository's site, in a checkout docfx knows no remote of, is reported for
/// lacking them when a repository is expected.
/// </summary>
public sealed class FooterTests(BrokenSite broken) : IClassFixture<BrokenSite>
{
    private const string Repository = "https://github.com/example-owner/example-repo";

    [Fact]
    public async Task A_clone_of_a_GitHub_repository_gets_the_repository_link_and_edit_links()
    {
        var folder = Directory.CreateTempSubdirectory("github-clone-").FullName;
        try
        {
            var root = RepositoryRoot.Above(AppContext.BaseDirectory);
            var template = Path.Combine(root, "docs", "template").Replace('\\', '/');
            Directory.CreateDirectory(Path.Combine(folder, ".config")); // the docfx the repository pins
            File.Copy(Path.Combine(root, ".config", "dotnet-tools.json"), Path.Combine(folder, ".config", "dotnet-tools.json"));
            await File.WriteAllTextAsync(Path.Combine(folder, "docfx.json"), $$"""
                { "build": { "content": [ { "files": [ "index.md", "toc.yml", "docs/**/*.md" ] } ],
                  "template": [ "default", "modern", "{{template}}" ],
                  "globalMetadata": { "_appTitle": "Fixture", "_appFooter": "Fixture" } } }
                """, TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(folder, "toc.yml"), "- name: Home\n  href: index.md\n- name: Page\n  href: docs/page.md\n", TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(folder, "index.md"), "# Home\n\nThe home page.\n", TestContext.Current.CancellationToken);
            Directory.CreateDirectory(Path.Combine(folder, "docs"));
            await File.WriteAllTextAsync(Path.Combine(folder, "docs", "page.md"), "# Page\n\nA page.\n", TestContext.Current.CancellationToken);
            foreach (string[] args in (string[][])[["init", "-q", "-b", "main"], ["remote", "add", "origin", "git@github.com:example-owner/example-repo.git"],
                         ["add", "."], ["-c", "user.name=fixture", "-c", "user.email=fixture@example.com", "commit", "-q", "-m", "fixture"]])
            {
                var git = await ChildProcess.RunAsync(new ProcessStartInfo("git", args) { WorkingDirectory = folder }, TimeSpan.FromSeconds(30));
                Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)}: {git.StandardError}");
            }

            var build = await DocfxBuild.RunAsync(Path.Combine(folder, "docfx.json"), Path.Combine(folder, "_site"), TimeSpan.FromMinutes(2));
            Assert.True(build.ExitCode == 0, build.Console);
            Assert.Equal(Repository, await DocfxBuild.RepositoryUrlAsync(folder));
            Assert.Empty(RenderedChecks.Footer(new DocSite(folder), new RenderedSite(build.OutputDir), Repository));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_page_without_the_expected_edit_link_is_reported()
    {
        var problems = RenderedChecks.Footer(BrokenRepo.Site, broken.Rendered, Repository).ToList();
        Assert.Contains(problems, p => p is { File: "docs/rendered-differs.md", Line: 1 } && p.Message.StartsWith("docs/rendered-differs.html has no edit link", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.File == "docs/rendered-differs.md" && p.Message.Contains("does not link to the repository", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Message.Contains("last updated", StringComparison.Ordinal)); // the build stamp is there
    }
}
