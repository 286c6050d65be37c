using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace SnippetHarness;

/// <summary>
/// Compiles one example from its source text, in memory, against one .NET version's reference assemblies.
/// Every compilation is derived from one empty template, so Roslyn builds the symbols of the ~200 reference
/// assemblies once and shares them; each example then costs only its own parse, bind and emit.
/// </summary>
public sealed class ExampleCompiler
{
    // FileBasedProgram: a file may start with the directives a file-based app reads (#:sdk, #:package), as a reader's
    // copy does; the snippets project enables the same feature.
    public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.CSharp14)
        .WithFeatures([KeyValuePair.Create("FileBasedProgram", "")]);

    private static readonly EmitOptions EmitOptions = new(debugInformationFormat: DebugInformationFormat.Embedded);

    private readonly CSharpCompilation _template;

    /// <param name="dotnetMajor">The .NET version whose reference assemblies to compile against.</param>
    /// <param name="web">With ASP.NET Core's reference assemblies too.</param>
    public ExampleCompiler(int dotnetMajor = TargetFrameworks.Current, bool web = false)
    {
        // Same settings as snippets/*.csproj: nullable on, warnings are errors.
        var options = new CSharpCompilationOptions(
            OutputKind.ConsoleApplication,
            nullableContextOptions: NullableContextOptions.Enable,
            generalDiagnosticOption: ReportDiagnostic.Error,
            optimizationLevel: OptimizationLevel.Debug,
            concurrentBuild: false);
        _template = CSharpCompilation.Create("Snippet", [], TargetFrameworks.References(dotnetMajor, web), options);
    }

    public static SyntaxTree Parse(Example example, string source) =>
        CSharpSyntaxTree.ParseText(source, ParseOptions, example.RelativePath, Encoding.UTF8);

    /// <summary>Whether it compiles, without emitting anything: the errors (warnings count only when promoted).</summary>
    public ImmutableArray<Diagnostic> Errors(SyntaxTree tree, bool warningsAsErrors = false) =>
        [.. (warningsAsErrors ? _template : ErrorsOnly).AddSyntaxTrees(tree).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)];

    /// <summary>
    /// Compiles many examples into one library: one bind and one emit for all of them, far cheaper than one
    /// compilation each. Trees with errors are left out (they get a compilation of their own, which is where
    /// their errors are reported), so the others still get their image.
    /// </summary>
    /// <param name="warningsAsErrors">False to let examples that declare their warnings in (to run them elsewhere).</param>
    public (byte[]? Image, IReadOnlySet<SyntaxTree> Included, Compilation? Compilation) CompileMerged(IReadOnlyList<SyntaxTree> trees, bool warningsAsErrors = true)
    {
        // One thread: the other cores are busy with per-example checks meanwhile, and Roslyn's concurrent build
        // measured slower here (tests/SnippetBenchmark, 300 and 1000 examples).
        var template = warningsAsErrors ? _template : Relaxed;
        var library = template.WithOptions(template.Options.WithOutputKind(OutputKind.DynamicallyLinkedLibrary).WithConcurrentBuild(false));
        var included = trees.ToHashSet();
        for (var attempt = 0; attempt < 2 && included.Count > 0; attempt++)
        {
            var compilation = library.AddSyntaxTrees(trees.Where(included.Contains));
            using var pe = new MemoryStream();
            var result = compilation.Emit(pe, options: EmitOptions);
            if (result.Success)
            {
                return (pe.ToArray(), included, compilation);
            }

            included.ExceptWith(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree is not null).Select(d => d.Location.SourceTree!));
        }

        return (null, new HashSet<SyntaxTree>(), null);
    }

    /// <summary>The trees that have errors when compiled together, without emitting: a cheap screen for many examples.</summary>
    public IReadOnlySet<SyntaxTree> TreesWithErrors(IReadOnlyList<SyntaxTree> trees) =>
        ErrorsOnly.WithOptions(ErrorsOnly.Options.WithOutputKind(OutputKind.DynamicallyLinkedLibrary).WithConcurrentBuild(false)).AddSyntaxTrees(trees).GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree is not null)
            .Select(d => d.Location.SourceTree!)
            .ToHashSet();

    // The template with warnings left as warnings, derived once so it keeps sharing the reference symbols.
    private CSharpCompilation Relaxed => field ??= _template.WithOptions(_template.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Default));

    // For questions about errors only: nullable annotations are read but not flow-analysed, since that analysis
    // reports warnings (it never changes what binds) and costs a second pass over every method body. Its one error is
    // CS8078 (an expression too deeply nested for the compiler's stack, thousands of levels), which no example nears.
    private CSharpCompilation ErrorsOnly => field ??= Relaxed.WithOptions(Relaxed.Options.WithNullableContextOptions(NullableContextOptions.Annotations));

    /// <param name="warningsAsErrors">False for an example that declares the warnings it must produce.</param>
    public CompiledExample Compile(Example example, SyntaxTree tree, bool warningsAsErrors = true)
    {
        var compilation = (warningsAsErrors ? _template : Relaxed).AddSyntaxTrees(tree);

        using var pe = new MemoryStream();
        var result = compilation.Emit(pe, options: EmitOptions);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        if (!result.Success)
        {
            return new CompiledExample(example, compilation, errors, null, null);
        }

        // The user's Main, not the compiler's synchronous wrapper around an async Main.
        var main = compilation.GetEntryPoint(CancellationToken.None)!;
        return new CompiledExample(example, compilation, errors, pe.ToArray(), new EntryPoint(ReflectionName(main.ContainingType), main.Name));
    }

    // The name Assembly.GetType expects: namespace-qualified, nested types joined with '+'.
    private static string ReflectionName(INamedTypeSymbol type) => type.ContainingType is { } outer
        ? ReflectionName(outer) + "+" + type.MetadataName
        : type.ContainingNamespace.IsGlobalNamespace ? type.MetadataName : type.ContainingNamespace.ToDisplayString() + "." + type.MetadataName;
}

/// <summary>The declaring type's full name and the method name of an example's <c>Main</c>.</summary>
public sealed record EntryPoint(string TypeName, string MethodName);

/// <summary>The outcome of compiling one example: the image to load, or the errors.</summary>
public sealed record CompiledExample(Example Example, Compilation Compilation, ImmutableArray<Diagnostic> Errors, byte[]? Image, EntryPoint? EntryPoint)
{
    public bool Success => Image is not null;
}
