using Microsoft.CodeAnalysis;

namespace SnippetHarness;

/// <summary>
/// Verifies an example's minimum-version claim by compiling it against older reference assemblies:
/// without a claim it must compile on .NET 8; with <c>// requires: .NET N</c> it must compile on N and
/// must not compile on N-1 (or the claim overstates what it needs).
/// </summary>
public sealed class VersionCheck
{
    private readonly Dictionary<int, ExampleCompiler> _compilers = new()
    {
        [8] = new ExampleCompiler(8),
        [9] = new ExampleCompiler(9),
    };

    // Web examples compile against ASP.NET Core's reference assemblies too; few examples need them.
    private readonly Dictionary<int, Lazy<ExampleCompiler>> _webCompilers = new()
    {
        [8] = new(() => new ExampleCompiler(8, web: true)),
        [9] = new(() => new ExampleCompiler(9, web: true)),
    };

    /// <summary>The trees, among examples that claim nothing, that do not compile on the baseline (one compilation for all).</summary>
    public IReadOnlySet<SyntaxTree> ScreenBaseline(IReadOnlyList<SyntaxTree> trees) => _compilers[TargetFrameworks.Baseline].TreesWithErrors(trees);

    /// <param name="passedBaselineScreen">True when <see cref="ScreenBaseline"/> already found no error in this tree.</param>
    /// <returns>A failure message naming file and line, or null when the claim (or its absence) is right.</returns>
    public string? Check(Example example, SyntaxTree tree, ExampleHeader header, bool passedBaselineScreen = false)
    {
        if (header.RequiresDotNet is null && passedBaselineScreen)
        {
            return null;
        }

        var claimed = header.RequiresDotNet ?? TargetFrameworks.Baseline;
        var at = $"{example.RelativePath}:{Math.Max(header.RequiresLine, 1)}";
        if (claimed is <= TargetFrameworks.Baseline or > TargetFrameworks.Current && header.RequiresDotNet is not null)
        {
            return $"{at}: '// requires: .NET {claimed}' is out of range: claim a version from {TargetFrameworks.Baseline + 1} to {TargetFrameworks.Current}, or nothing for .NET {TargetFrameworks.Baseline}.";
        }

        if (claimed < TargetFrameworks.Current && CompilerFor(claimed, header).Errors(tree) is { Length: > 0 } errors)
        {
            var fix = header.RequiresDotNet is null
                ? $"it uses an API newer than .NET {TargetFrameworks.Baseline}: add a first line '// requires: .NET <version> (<API>)' and say so on the page"
                : $"it claims .NET {claimed} but does not compile on it";
            return $"{at}: {example.RelativePath} does not compile on .NET {claimed}: {fix}.\n" + string.Join('\n', errors.Take(5).Select(Diagnostics.Format));
        }

        if (header.RequiresDotNet is { } major && major - 1 >= TargetFrameworks.Baseline && CompilerFor(major - 1, header).Errors(tree).IsEmpty)
        {
            return $"{at}: {example.RelativePath} claims .NET {major} but compiles on .NET {major - 1}: the claim is wrong; lower it or remove it.";
        }

        return null;
    }

    private ExampleCompiler CompilerFor(int major, ExampleHeader header) => header.IsWeb ? _webCompilers[major].Value : _compilers[major];
}
