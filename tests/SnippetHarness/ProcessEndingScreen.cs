using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SnippetHarness;

/// <summary>Code that can end the process an example runs in, and where it is.</summary>
public sealed record ProcessEnding(int Line, string What);

/// <summary>
/// Finds, from an example's compiled code, what could end the whole process it runs in: a call to
/// <c>Environment.Exit</c> or <c>FailFast</c>, or code whose exceptions nothing can catch (an <c>async void</c> method
/// or lambda, a thread, a timer or thread-pool callback), where one unhandled exception takes the process down. In the
/// test process that would end the run for every example, so such an example runs in a child process of its own.
/// </summary>
public static class ProcessEndingScreen
{
    private static readonly HashSet<string> EndingCalls = ["System.Environment.Exit", "System.Environment.FailFast"];

    private static readonly HashSet<string> CallbackCalls =
        ["System.Threading.ThreadPool.QueueUserWorkItem", "System.Threading.ThreadPool.UnsafeQueueUserWorkItem", "System.Threading.ThreadPool.RegisterWaitForSingleObject"];

    private static readonly HashSet<string> CallbackTypes = ["System.Threading.Thread", "System.Threading.Timer", "System.Timers.Timer"];

    /// <returns>The first such place in the tree, or null.</returns>
    public static ProcessEnding? Find(Compilation compilation, SyntaxTree tree)
    {
        var model = compilation.GetSemanticModel(tree);
        var root = tree.GetCompilationUnitRoot();

        // Binding is what costs: only calls and creations that could name one of those are bound. A file that
        // declares a using alias could name them otherwise, so all of its calls and creations are bound.
        var aliased = root.DescendantNodes().OfType<UsingDirectiveSyntax>().Any(u => u.Alias is not null);
        foreach (var node in root.DescendantNodes())
        {
            var what = node switch
            {
                InvocationExpressionSyntax call when (aliased || CouldEnd(call)) && model.GetSymbolInfo(call).Symbol is IMethodSymbol m => Calls(m),
                BaseObjectCreationExpressionSyntax creation when (aliased || CouldBeCallbackType(creation)) && model.GetTypeInfo(creation).Type is { } type &&
                    CallbackTypes.Contains(type.ToDisplayString()) => $"it creates a {type.Name}, whose unhandled exception ends the process",
                MethodDeclarationSyntax method when IsAsyncVoid(method.Modifiers, method.ReturnType) => $"async void method '{method.Identifier.ValueText}'",
                LocalFunctionStatementSyntax local when IsAsyncVoid(local.Modifiers, local.ReturnType) => $"async void local function '{local.Identifier.ValueText}'",
                AnonymousFunctionExpressionSyntax lambda when lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword) &&
                    model.GetTypeInfo(lambda).ConvertedType is INamedTypeSymbol { DelegateInvokeMethod.ReturnsVoid: true } => "an async lambda that becomes async void",
                _ => null,
            };
            if (what is not null)
            {
                return new ProcessEnding(node.GetLocation().GetLineSpan().StartLinePosition.Line + 1, what);
            }
        }

        return null;
    }

    private static readonly HashSet<string> CallNames = [.. EndingCalls.Concat(CallbackCalls).Select(c => c[(c.LastIndexOf('.') + 1)..])];

    private static readonly HashSet<string> TypeNames = [.. CallbackTypes.Select(t => t[(t.LastIndexOf('.') + 1)..])];

    // The name a call ends in (Exit in Environment.Exit(1), in Exit(1) under using static, in Exit<T>(...)).
    private static bool CouldEnd(InvocationExpressionSyntax call) => call.Expression switch
    {
        SimpleNameSyntax name => CallNames.Contains(name.Identifier.ValueText),
        MemberAccessExpressionSyntax member => CallNames.Contains(member.Name.Identifier.ValueText),
        MemberBindingExpressionSyntax binding => CallNames.Contains(binding.Name.Identifier.ValueText),
        _ => true, // a delegate or anything else that is called: bind it
    };

    // new Timer(...), new System.Threading.Timer(...); a target-typed new() names no type, so it is bound.
    private static bool CouldBeCallbackType(BaseObjectCreationExpressionSyntax creation) => creation switch
    {
        ObjectCreationExpressionSyntax { Type: var type } => TypeNames.Contains(LastName(type)),
        _ => true,
    };

    private static string LastName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => "",
    };

    private static string? Calls(IMethodSymbol method)
    {
        var name = method.ContainingType.ToDisplayString() + "." + method.Name;
        return EndingCalls.Contains(name) ? $"it calls {method.ContainingType.Name}.{method.Name}"
            : CallbackCalls.Contains(name) ? $"it queues a callback with {method.ContainingType.Name}.{method.Name}, whose unhandled exception ends the process"
            : null;
    }

    private static bool IsAsyncVoid(SyntaxTokenList modifiers, TypeSyntax returnType) =>
        modifiers.Any(SyntaxKind.AsyncKeyword) && returnType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword };
}
