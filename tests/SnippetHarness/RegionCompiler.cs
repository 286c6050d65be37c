using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SnippetHarness;

/// <summary>
/// Proves that what a reader copies from a page compiles: each region's text, preceded by its file's
/// using directives, is compiled as a C# script. A region that leans on code outside it (a fragment)
/// fails, so authors widen the region or split the example. A <c>#line</c> directive maps every error
/// back to the region's real file and line.
/// </summary>
public sealed class RegionCompiler
{
    private static readonly CSharpParseOptions ScriptParseOptions =
        ExampleCompiler.ParseOptions.WithKind(SourceCodeKind.Script);

    private readonly CSharpCompilation _template;

    /// <param name="web">With ASP.NET Core's reference assemblies too.</param>
    /// <remarks>Only errors count here, so nullable annotations are read but not flow-analysed (that analysis reports warnings; see ExampleCompiler).</remarks>
    public RegionCompiler(bool web = false) => _template = CSharpCompilation.CreateScriptCompilation(
        "Region",
        syntaxTree: null,
        TargetFrameworks.References(TargetFrameworks.Current, web),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Annotations, concurrentBuild: false));

    /// <summary>Compile errors of every region of one source file, keyed by region name.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<Diagnostic>> Compile(string relativePath, string source, IEnumerable<Region> regions)
    {
        var lines = source.ReplaceLineEndings("\n").Split('\n');
        var usings = string.Concat(CSharpSyntaxTree.ParseText(source, ExampleCompiler.ParseOptions)
            .GetCompilationUnitRoot().Usings.Select(u => u.ToFullString().Trim() + "\n"));

        var errors = new Dictionary<string, ImmutableArray<Diagnostic>>();
        foreach (var region in regions)
        {
            var body = string.Join('\n', lines[(region.FirstLine - 1)..region.LastLine]);
            var script = $"{usings}#line {region.FirstLine} \"{relativePath}\"\n{body}\n";
            var tree = CSharpSyntaxTree.ParseText(script, ScriptParseOptions, relativePath);
            errors[region.Name] = _template.AddSyntaxTrees(tree).GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .ToImmutableArray();
        }

        return errors;
    }
}
