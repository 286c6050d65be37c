namespace SnippetHarness;

/// <summary>Everything the suite found about one example; each part is a failure message, or null when that check passed.</summary>
/// <param name="Output">Compiles, runs within the limit and prints exactly its expected output.</param>
/// <param name="Regions">Every display region is well formed and compiles on its own.</param>
/// <param name="Versions">Its minimum-.NET-version claim (or the absence of one) is right.</param>
public sealed record ExampleVerdict(string? Output, string? Regions, string? Versions)
{
    public string? FirstFailure => Output ?? Regions ?? Versions;
}
