using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SnippetHarness.Tests;

/// <summary>
/// The screen binds only the calls and creations whose names could be one that ends the process; these are the
/// spellings that name them otherwise, and each must still be found.
/// </summary>
public sealed class ProcessEndingScreenTests
{
    [Theory]
    [InlineData("using static System.Environment;", "Exit(3);", "it calls Environment.Exit")]
    [InlineData("using System;", "Environment.FailFast(\"x\");", "it calls Environment.FailFast")]
    [InlineData("using Clock = System.Threading.Timer;", "using var t = new Clock(_ => { }, null, 0, 0);", "it creates a Timer")]
    [InlineData("using Quit = System.Environment;", "Quit.Exit(3);", "it calls Environment.Exit")]
    [InlineData("using System.Threading;", "Thread t = new(() => { });", "it creates a Thread")]
    [InlineData("using System;", "Action<int> quit = Environment.Exit; quit(3);", null)] // a delegate call names nothing the screen knows
    [InlineData("using System;", "Console.WriteLine(\"exit\");", null)]
    public void Finds_what_ends_the_process_however_it_is_spelt(string usings, string statement, string? found)
    {
        var source = $"{usings}\npublic static class Program\n{{\n    public static void Main()\n    {{\n        {statement}\n    }}\n}}\n";
        var tree = CSharpSyntaxTree.ParseText(source, ExampleCompiler.ParseOptions, cancellationToken: TestContext.Current.CancellationToken);
        var compilation = CSharpCompilation.Create("Screened", [tree], TargetFrameworks.References(TargetFrameworks.Current), new(OutputKind.ConsoleApplication));
        Assert.Empty(compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error));

        var ending = ProcessEndingScreen.Find(compilation, tree);

        if (found is null)
        {
            Assert.Null(ending);
        }
        else
        {
            Assert.NotNull(ending);
            Assert.StartsWith(found, ending.What, StringComparison.Ordinal);
            Assert.Equal(6, ending.Line);
        }
    }
}
