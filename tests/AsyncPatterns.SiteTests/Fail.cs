using SnippetHarness;

namespace AsyncPatterns.SiteTests;

internal static class Fail
{
    /// <summary>Fails the test with every problem, each starting with its file and line.</summary>
    public static void IfAny(IEnumerable<DocProblem> problems)
    {
        var list = problems.ToList();
        if (list.Count > 0)
        {
            Assert.Fail(Annotations.Decorate($"{list.Count} problem(s):\n" + string.Join('\n', list)));
        }
    }
}
