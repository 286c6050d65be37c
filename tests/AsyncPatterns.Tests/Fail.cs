using SnippetHarness;

namespace AsyncPatterns.Tests;

internal static class Fail
{
    /// <summary>Fails the test with the harness's message (which names the file and line) when there is one.</summary>
    public static void IfAny(string? failure)
    {
        if (failure is not null)
        {
            Assert.Fail(Annotations.Decorate(failure));
        }
    }

    public static void IfAny(IEnumerable<DocProblem> problems)
    {
        var list = problems.ToList();
        IfAny(list.Count == 0 ? null : $"{list.Count} problem(s):\n" + string.Join('\n', list));
    }
}
