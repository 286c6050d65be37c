namespace SnippetHarness;

/// <summary>One example: a single source file in snippets/ and the expected-output file beside it.</summary>
/// <param name="Id">Stable id derived from the path, e.g. <c>core-concepts/hot-tasks</c>.</param>
/// <param name="SourcePath">Absolute path of the .cs file.</param>
/// <param name="RelativePath">Path relative to the repository root, with forward slashes (for messages).</param>
/// <param name="TypeName">The class that must hold Main, e.g. <c>CoreConcepts.HotTasks</c>: the runner derives the id from it.</param>
public sealed record Example(string Id, string SourcePath, string RelativePath, string TypeName)
{
    /// <summary>The expected standard output sits beside the source: <c>HotTasks.cs</c> → <c>HotTasks.output.txt</c>.</summary>
    public string ExpectedOutputPath => Path.ChangeExtension(SourcePath, ".output.txt");

    public string ExpectedOutputRelativePath => Path.ChangeExtension(RelativePath, ".output.txt");

    public override string ToString() => Id;
}
