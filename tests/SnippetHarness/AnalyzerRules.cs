using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SnippetHarness;

/// <summary>
/// The analyzer rules every example is held to: the compiler's warnings and the .NET code-quality rules (CAxxxx)
/// at the severities the snippets project builds with (AnalysisLevel latest-recommended, from the analyzers'
/// own globalconfig), plus whatever rule an example declares, at warning, such as a threading-analyzer rule
/// (VSTHRDxxx) that the page says reports the mistake it shows. The threading analyzers are not part of the
/// project's rules (they flag every <c>async Task Main</c>, for one), so only the ids an example declares count.
/// </summary>
public static partial class AnalyzerRules
{
    private static readonly Lazy<(ImmutableArray<DiagnosticAnalyzer> Analyzers, ImmutableDictionary<string, ReportDiagnostic> Severities)> Loaded = new(Load);

    /// <summary>The project's severities, with each declared id raised to a warning.</summary>
    public static CompilationOptions OptionsFor(CompilationOptions options, IReadOnlySet<string> declared) =>
        options.WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions
            .SetItems(Loaded.Value.Severities)
            .SetItems(declared.Select(id => KeyValuePair.Create(id, ReportDiagnostic.Warn))));

    /// <summary>The analyzers that can report a warning under those options; most rules are suggestions or off.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AnalyzersFor(IReadOnlySet<string> declared) =>
        [.. Loaded.Value.Analyzers.Where(a => a.SupportedDiagnostics.Any(d => declared.Contains(d.Id) || IsProjectWarning(d)))];

    /// <summary>Whether a reported warning belongs to the rules an example is held to.</summary>
    public static bool Counts(Diagnostic d, IReadOnlySet<string> declared) =>
        d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed && d.Location.IsInSource &&
        (declared.Contains(d.Id) || d.Id.StartsWith("CS", StringComparison.Ordinal) || Loaded.Value.Severities.ContainsKey(d.Id) || IsCodeQuality(d.Id));

    /// <summary>Every warning of the rules that a compilation reports, with the project's options applied.</summary>
    public static async Task<IReadOnlyList<Diagnostic>> ReportedAsync(Compilation compilation, IReadOnlySet<string> declared)
    {
        var options = OptionsFor(compilation.Options, declared);
        // Concurrent, as by default, but without timing every analyzer callback (the default; nothing reads it).
        var analyzed = compilation.WithOptions(options).WithAnalyzers(AnalyzersFor(declared), new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        return [.. (await analyzed.GetAllDiagnosticsAsync().ConfigureAwait(false)).Where(d => Counts(d, declared))];
    }

    private static bool IsProjectWarning(DiagnosticDescriptor d) =>
        Loaded.Value.Severities.TryGetValue(d.Id, out var severity)
            ? severity is ReportDiagnostic.Warn or ReportDiagnostic.Error
            : IsCodeQuality(d.Id) && d.IsEnabledByDefault && d.DefaultSeverity >= DiagnosticSeverity.Warning;

    private static bool IsCodeQuality(string id) => id.StartsWith("CA", StringComparison.Ordinal);

    // Loaded by reflection from the analyzers/ folder the harness copies beside itself.
    private static (ImmutableArray<DiagnosticAnalyzer>, ImmutableDictionary<string, ReportDiagnostic>) Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "analyzers");
        ImmutableArray<DiagnosticAnalyzer> analyzers = [.. Directory.EnumerateFiles(folder, "*.dll")
            .Where(f => !f.EndsWith(".CodeFixes.dll", StringComparison.Ordinal)) // code fixes need Workspaces; only analyzers matter
            .Select(Assembly.LoadFrom)
            .SelectMany(LoadableTypes)
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) &&
                        t.GetCustomAttribute<DiagnosticAnalyzerAttribute>()?.Languages.Contains(LanguageNames.CSharp) == true)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];

        var severities = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>();
        foreach (var match in File.ReadLines(Directory.EnumerateFiles(folder, "*.globalconfig").Single()).Select(l => Severity().Match(l)).Where(m => m.Success))
        {
            severities[match.Groups["id"].Value] = match.Groups["severity"].Value switch
            {
                "error" => ReportDiagnostic.Error,
                "warning" => ReportDiagnostic.Warn,
                "suggestion" => ReportDiagnostic.Info,
                "silent" => ReportDiagnostic.Hidden,
                _ => ReportDiagnostic.Suppress,
            };
        }

        return (analyzers, severities.ToImmutable());
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

    // "dotnet_diagnostic.CA1000.severity = warning"
    [GeneratedRegex(@"^\s*dotnet_diagnostic\.(?<id>[A-Za-z]+\d+)\.severity\s*=\s*(?<severity>\w+)")]
    private static partial Regex Severity();
}
