namespace SiteHarness;

/// <summary>
/// Finds the system's Chromium (or Chrome) for the browser tests: <c>CHROMIUM_PATH</c> if set, else the first of the
/// usual names on PATH. The tests never download a browser.
/// </summary>
public static class Chromium
{
    public const string Variable = "CHROMIUM_PATH";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <returns>The executable, or null with <paramref name="problem"/> saying how to install one.</returns>
    public static string? Find(out string? problem)
    {
        problem = null;
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            if (File.Exists(configured))
            {
                return configured;
            }

            problem = $"{Variable} is '{configured}', which does not exist.";
            return null;
        }

        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => Names.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
        if (found is null)
        {
            problem = "No Chromium or Chrome found on PATH (looked for " + string.Join(", ", Names) + "). Install it " +
                      "(Debian: apt-get install chromium; Ubuntu: apt-get install chromium-browser, or Google Chrome), " +
                      $"or set {Variable} to its executable. The browser tests never download one.";
        }

        return found;
    }
}
