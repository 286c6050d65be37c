using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SnippetHarness;

/// <summary>A diagnostic an example declares on the line that must produce it.</summary>
public sealed record ExpectedDiagnostic(int Line, string Id);

/// <summary>
/// Examples that show a mistake declare what the compiler or an analyzer reports about it, at the end of the
/// offending line: <c>SaveAsync(order); // warning CS4014: not awaited</c>. For such an example the harness
/// runs the compiler, the threading analyzers (Microsoft.VisualStudio.Threading.Analyzers) and the .NET
/// code-quality analyzers (CAxxxx) and requires the warnings reported to be exactly the ones declared, line by
/// line: a missing one, or an extra one, fails. A declared rule that is off or only a suggestion by default
/// (CA2012, for one) is raised to a warning for that example, as a project would do in its .editorconfig.
/// </summary>
public static partial class DiagnosticExpectations
{
    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> Analyzers = new(LoadAnalyzers);

    public static IReadOnlyList<ExpectedDiagnostic> Parse(string source)
    {
        var lines = source.ReplaceLineEndings("\n").Split('\n');
        return [.. lines.SelectMany((text, i) => Marker().Matches(text)
            .SelectMany(m => m.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries))
            .Select(id => new ExpectedDiagnostic(i + 1, id)))];
    }

    /// <returns>A failure message listing what was declared but not reported, and reported but not declared; or null.</returns>
    public static async Task<string?> CheckAsync(Compilation compilation, IReadOnlyList<ExpectedDiagnostic> expected, string relativePath)
    {
        var declared = expected.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var options = compilation.Options.WithSpecificDiagnosticOptions(compilation.Options.SpecificDiagnosticOptions
            .SetItems(declared.Select(id => KeyValuePair.Create(id, ReportDiagnostic.Warn))));

        // Only analyzers that can report a warning here: most code-quality rules are suggestions by default, and
        // running them all would cost seconds per example for diagnostics that are filtered out anyway.
        var relevant = Analyzers.Value.Where(a => a.SupportedDiagnostics.Any(d =>
            declared.Contains(d.Id) || (d.IsEnabledByDefault && d.DefaultSeverity >= DiagnosticSeverity.Warning))).ToImmutableArray();
        var analyzed = compilation.WithOptions(options).WithAnalyzers(relevant);
        var reported = (await analyzed.GetAllDiagnosticsAsync().ConfigureAwait(false))
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed && d.Location.IsInSource)
            .ToList();

        var actual = reported.Select(d => new ExpectedDiagnostic(d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Id)).ToHashSet();
        var missing = expected.Where(e => !actual.Contains(e)).ToList();
        var unexpected = reported.Where(d => !expected.Contains(new ExpectedDiagnostic(d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Id))).ToList();
        if (missing.Count == 0 && unexpected.Count == 0)
        {
            return null;
        }

        return string.Join('\n',
            missing.Select(m => $"{relativePath}:{m.Line}: declares 'warning {m.Id}' but the compiler and analyzers report no {m.Id} on this line")
                .Concat(unexpected.Select(d => $"{Diagnostics.Format(d)} (not declared: add '// warning {d.Id}' to the line, or fix the code)")));
    }

    // Loaded by reflection from the analyzers/ folder the harness copies beside itself.
    private static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "analyzers");
        return [.. Directory.EnumerateFiles(folder, "*.dll")
            .Where(f => !f.EndsWith(".CodeFixes.dll", StringComparison.Ordinal)) // code fixes need Workspaces; only analyzers matter
            .Select(Assembly.LoadFrom)
            .SelectMany(LoadableTypes)
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) &&
                        t.GetCustomAttribute<DiagnosticAnalyzerAttribute>()?.Languages.Contains(LanguageNames.CSharp) == true)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];
    }

    // The code-quality analyzers ship their code fixes in the same assembly; those types need Roslyn's Workspaces,
    // which the harness does not load, and only the analyzers among the loadable types matter.
    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }

    [GeneratedRegex(@"//\s*warning\s+(?<ids>[A-Z]+\d+(?:\s*,\s*[A-Z]+\d+)*)\b")]
    private static partial Regex Marker();
}
