using System.Xml.Linq;

namespace SnippetHarness;

/// <summary>
/// The projects of the solution, and which of them <c>dotnet test</c> builds: it builds the test projects and what
/// they reference, nothing else, so a project outside that set can break without a test noticing.
/// </summary>
public static class SolutionProjects
{
    /// <returns>Each project of the .slnx (path relative to the repository, forward slashes) that no test project builds.</returns>
    public static IEnumerable<DocProblem> NotBuiltByTests(string repoRoot, string solution)
    {
        var slnx = Path.Combine(repoRoot, solution);
        var projects = XDocument.Load(slnx).Descendants("Project")
            .Select(p => Path.GetFullPath(Path.Combine(repoRoot, (string)p.Attribute("Path")!)))
            .ToList();

        var built = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(projects.Where(IsTestProject));
        while (pending.TryDequeue(out var project))
        {
            if (built.Add(project))
            {
                foreach (var reference in References(project))
                {
                    pending.Enqueue(reference);
                }
            }
        }

        return projects.Where(p => !built.Contains(p)).Select(p => new DocProblem(
            solution, 1,
            $"{Path.GetRelativePath(repoRoot, p).Replace('\\', '/')} is in the solution but no test project builds it, so `dotnet test` would pass " +
            "while it does not compile: add a <ProjectReference ... ReferenceOutputAssembly=\"false\" /> to it from a test project"));
    }

    // A test project references xunit.v3 (every test project of this repository does).
    private static bool IsTestProject(string project) =>
        XDocument.Load(project).Descendants("PackageReference").Any(r => (string?)r.Attribute("Include") == "xunit.v3");

    private static IEnumerable<string> References(string project) =>
        XDocument.Load(project).Descendants("ProjectReference")
            .Select(r => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, (string)r.Attribute("Include")!)));
}
