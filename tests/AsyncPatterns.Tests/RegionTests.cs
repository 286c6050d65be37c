namespace AsyncPatterns.Tests;

/// <summary>What a reader copies from a page compiles: every region of every example, on its own.</summary>
[TestCaseOrderer(typeof(PrefetchingOrderer))]
public sealed class RegionTests
{
    [Theory]
    [MemberData(nameof(ExampleRows.Named), "regions compile: ", MemberType = typeof(ExampleRows))]
    public async Task Every_region_compiles_on_its_own(string id) =>
        Fail.IfAny((await Repo.Snippets.CheckAsync(id)).Regions);
}
