using System.Collections.Immutable;
using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace SnippetHarness;

/// <summary>
/// Compiles one example from its source text, in memory, against the .NET 10 reference assemblies.
/// Every compilation is derived from one empty template, so Roslyn builds the symbols of the ~200 reference
/// assemblies once and shares them; each example then costs only its own parse, bind and emit.
/// </summary>
public sealed class ExampleCompiler
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp14);

    private static readonly EmitOptions EmitOptions = new(debugInformationFormat: DebugInformationFormat.Embedded);

    private readonly CSharpCompilation _template;

    public ExampleCompiler(IEnumerable<MetadataReference>? references = null)
    {
        // Same settings as snippets/*.csproj: nullable on, warnings are errors.
        var options = new CSharpCompilationOptions(
            OutputKind.ConsoleApplication,
            nullableContextOptions: NullableContextOptions.Enable,
            generalDiagnosticOption: ReportDiagnostic.Error,
            optimizationLevel: OptimizationLevel.Debug,
            concurrentBuild: false);
        _template = CSharpCompilation.Create("Snippet", [], references ?? Net100.References.All, options);
    }

    public CompiledExample Compile(Example example, string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, ParseOptions, example.RelativePath, Encoding.UTF8);
        var compilation = _template.AddSyntaxTrees(tree);

        using var pe = new MemoryStream();
        var result = compilation.Emit(pe, options: EmitOptions);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        if (!result.Success)
        {
            return new CompiledExample(example, errors, null, null);
        }

        // The user's Main, not the compiler's synchronous wrapper around an async Main.
        var main = compilation.GetEntryPoint(CancellationToken.None)!;
        return new CompiledExample(example, errors, pe.ToArray(), new EntryPoint(ReflectionName(main.ContainingType), main.Name));
    }

    // The name Assembly.GetType expects: namespace-qualified, nested types joined with '+'.
    private static string ReflectionName(INamedTypeSymbol type) => type.ContainingType is { } outer
        ? ReflectionName(outer) + "+" + type.MetadataName
        : type.ContainingNamespace.IsGlobalNamespace ? type.MetadataName : type.ContainingNamespace.ToDisplayString() + "." + type.MetadataName;
}

/// <summary>The declaring type's full name and the method name of an example's <c>Main</c>.</summary>
public sealed record EntryPoint(string TypeName, string MethodName);

/// <summary>The outcome of compiling one example: the image to load, or the errors.</summary>
public sealed record CompiledExample(Example Example, ImmutableArray<Diagnostic> Errors, byte[]? Image, EntryPoint? EntryPoint)
{
    public bool Success => Image is not null;
}
