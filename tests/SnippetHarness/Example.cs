namespace SnippetHarness;

/// <summary>The language an example is written in, which decides how it is compiled, run and read.</summary>
public enum ExampleLanguage
{
    CSharp,
    Python,
}

/// <summary>One example: a single source file in snippets/ and the expected-output file beside it.</summary>
/// <param name="Id">Stable id derived from the path: <c>core-concepts/hot-tasks</c> for C#, <c>core-concepts/hot_tasks.py</c> for Python.</param>
/// <param name="SourcePath">Absolute path of the .cs or .py file.</param>
/// <param name="RelativePath">Path relative to the repository root, with forward slashes (for messages).</param>
/// <param name="TypeName">C# only: the class that must hold Main, e.g. <c>CoreConcepts.HotTasks</c> (the runner derives the id from it).</param>
/// <param name="Language">C# (compiled and run in memory) or Python (run by python3 in a child process).</param>
public sealed record Example(string Id, string SourcePath, string RelativePath, string TypeName, ExampleLanguage Language = ExampleLanguage.CSharp)
{
    /// <summary>The expected standard output sits beside the source: <c>HotTasks.cs</c> → <c>HotTasks.output.txt</c>.</summary>
    public string ExpectedOutputPath => Path.ChangeExtension(SourcePath, ".output.txt");

    public string ExpectedOutputRelativePath => Path.ChangeExtension(RelativePath, ".output.txt");

    public bool IsCSharp => Language == ExampleLanguage.CSharp;

    public override string ToString() => Id;
}
