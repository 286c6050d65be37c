using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SnippetHarness;

/// <summary>
/// Finds, from syntax alone, the examples that might use something another example declares. Compiled
/// together, such an example would bind to the other file and compile, although alone, as a reader copies
/// it, it would not; so only the examples this screen clears may skip their compilation of their own.
/// </summary>
/// <remarks>
/// To use another file's declaration, code must name it: a top-level type (nested types are reached through
/// it), or an extension member, which is found without naming its type. So an example is cleared when none
/// of its identifiers is such a name declared in another file. A <c>global using</c> anywhere affects every
/// file without being named, and clears none. The screen may suspect too much, never too little.
/// </remarks>
public static class CrossReferenceScreen
{
    /// <returns>The trees that need a compilation of their own to prove they stand alone.</returns>
    public static IReadOnlySet<SyntaxTree> Suspects(IReadOnlyList<SyntaxTree> trees)
    {
        var roots = trees.ToDictionary(t => t, t => t.GetCompilationUnitRoot());
        if (roots.Values.Any(r => r.Usings.Any(u => !u.GlobalKeyword.IsKind(SyntaxKind.None))))
        {
            return trees.ToHashSet();
        }

        // How many files declare each name: a name declared in another file is one this file may not use.
        var reachable = roots.ToDictionary(p => p.Key, p => ReachableNames(p.Value).ToHashSet(StringComparer.Ordinal));
        var declaredIn = reachable.Values
            .SelectMany(names => names)
            .CountBy(name => name, StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

        return trees.Where(t => roots[t].DescendantTokens()
            .Where(token => token.IsKind(SyntaxKind.IdentifierToken))
            .Select(token => token.ValueText)
            .Distinct()
            .Any(name => declaredIn.TryGetValue(name, out var files) && files > (reachable[t].Contains(name) ? 1 : 0)))
            .ToHashSet();
    }

    // The names by which another file could reach into this one.
    private static IEnumerable<string> ReachableNames(CompilationUnitSyntax root) =>
        root.DescendantNodes().SelectMany(node => node switch
        {
            BaseTypeDeclarationSyntax type when type.Parent is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax => [type.Identifier.ValueText],
            DelegateDeclarationSyntax d when d.Parent is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax => [d.Identifier.ValueText],
            MethodDeclarationSyntax m when m.ParameterList.Parameters.FirstOrDefault()?.Modifiers.Any(SyntaxKind.ThisKeyword) == true => [m.Identifier.ValueText],
            MemberDeclarationSyntax member when member.Parent?.IsKind(SyntaxKind.ExtensionBlockDeclaration) == true => NamesOf(member),
            _ => [],
        });

    private static IEnumerable<string> NamesOf(MemberDeclarationSyntax member) => member switch
    {
        MethodDeclarationSyntax m => [m.Identifier.ValueText],
        PropertyDeclarationSyntax p => [p.Identifier.ValueText],
        _ => [], // operators and indexers apply only to types that must be named anyway
    };
}
