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
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            var what = node switch
            {
                InvocationExpressionSyntax call when model.GetSymbolInfo(call).Symbol is IMethodSymbol m => Calls(m),
                BaseObjectCreationExpressionSyntax creation when model.GetTypeInfo(creation).Type is { } type &&
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
