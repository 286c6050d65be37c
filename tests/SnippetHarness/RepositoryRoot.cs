namespace SnippetHarness;

/// <summary>Finds the repository a test binary belongs to: the nearest folder above it that holds docfx.json.</summary>
public static class RepositoryRoot
{
    public static string Above(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "docfx.json")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No docfx.json above {start}: run the tests from inside the repository.");
    }
}
