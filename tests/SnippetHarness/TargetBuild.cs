using Microsoft.CodeAnalysis;

namespace SnippetHarness;

/// <summary>
/// The examples compiled for one target's reference assemblies, written where a host process can load them: all but
/// the <c>// run: process</c> ones in one library, and each of those in one of its own.
/// </summary>
public sealed class TargetBuild
{
    private readonly Dictionary<string, (string Assembly, string Type)> _where = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _failures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProcessEnding> _endings = new(StringComparer.Ordinal);

    private TargetBuild(int dotnet) => DotNet = dotnet;

    public int DotNet { get; }

    /// <summary>Compiles the examples for .NET <paramref name="dotnet"/> into <paramref name="folder"/>.</summary>
    public static TargetBuild Create(int dotnet, IReadOnlyList<(Example Example, ExampleHeader Header, SyntaxTree Tree)> examples, string folder)
    {
        Directory.CreateDirectory(folder);
        var build = new TargetBuild(dotnet);
        var compiler = new ExampleCompiler(dotnet);
        var webCompiler = new Lazy<ExampleCompiler>(() => new ExampleCompiler(dotnet, web: true));

        var together = examples.Where(e => !e.Header.RunInProcess && !e.Header.IsWeb).ToList();
        var (image, included, compilation) = compiler.CompileMerged([.. together.Select(e => e.Tree)], warningsAsErrors: false);
        if (image is not null)
        {
            var merged = Path.Combine(folder, $"examples-net{dotnet}.dll");
            File.WriteAllBytes(merged, image);
            foreach (var (example, _, tree) in together.Where(e => included.Contains(e.Tree)))
            {
                build._where[example.Id] = (merged, example.TypeName);
                if (ProcessEndingScreen.Find(compilation!, tree) is { } ending)
                {
                    build._endings[example.Id] = ending;
                }
            }
        }

        // The rest: the process and web examples, and any that failed to compile together (to report their errors).
        foreach (var (example, header, tree) in examples.Where(e => !build._where.ContainsKey(e.Example.Id)))
        {
            var alone = (header.IsWeb ? webCompiler.Value : compiler).Compile(example, tree, warningsAsErrors: false);
            if (alone.Success && !header.RunInProcess && ProcessEndingScreen.Find(alone.Compilation, tree) is { } ending)
            {
                build._endings[example.Id] = ending;
            }

            if (!alone.Success)
            {
                build._failures[example.Id] = $"{example.RelativePath}:1: does not compile on .NET {dotnet}:\n" + string.Join('\n', alone.Errors.Take(5).Select(Diagnostics.Format));
                continue;
            }

            var own = Path.Combine(folder, example.Id.Replace('/', '_') + $"-net{dotnet}.dll");
            File.WriteAllBytes(own, alone.Image!);
            build._where[example.Id] = (own, alone.EntryPoint!.TypeName);
        }

        return build;
    }

    /// <summary>The assembly and class that hold the example's Main, or null when it did not compile.</summary>
    public (string Assembly, string Type)? Where(Example example) => _where.TryGetValue(example.Id, out var w) ? w : null;

    public string? CompileFailure(Example example) => _failures.GetValueOrDefault(example.Id);

    /// <summary>What could end the process the example runs in, for one not marked <c>// run: process</c>.</summary>
    public ProcessEnding? Ending(Example example) => _endings.GetValueOrDefault(example.Id);
}
