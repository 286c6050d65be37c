namespace AsyncPatterns.Tests;

/// <summary>Examples compile on .NET 8, or declare (correctly) the newer .NET they need.</summary>
[TestCaseOrderer(typeof(PrefetchingOrderer))]
public sealed class VersionTests
{
    [Theory]
    [MemberData(nameof(ExampleRows.CSharpNamed), "minimum .NET: ", MemberType = typeof(ExampleRows))]
    public async Task Minimum_version_claim_is_right(string id) =>
        Fail.IfAny((await Repo.Snippets.CheckAsync(id)).Versions);
}
