namespace AsyncPatterns.Tests;

internal static class Fail
{
    /// <summary>Fails the test with the harness's message (which names the file and line) when there is one.</summary>
    public static void IfAny(string? failure)
    {
        if (failure is not null)
        {
            Assert.Fail(failure);
        }
    }
}
