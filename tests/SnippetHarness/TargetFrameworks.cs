using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;

namespace SnippetHarness;

/// <summary>The reference assemblies of each .NET version an example may claim as its minimum.</summary>
public static class TargetFrameworks
{
    /// <summary>The oldest .NET the guide supports without a claim; newer APIs need a <c>// requires:</c> line.</summary>
    public const int Baseline = 8;

    public const int Current = 10;

    /// <param name="web">Also ASP.NET Core's (an example that declares <c>#:sdk Microsoft.NET.Sdk.Web</c>).</param>
    public static IEnumerable<MetadataReference> References(int major, bool web = false)
    {
        IEnumerable<MetadataReference> core = major switch
        {
            8 => Net80.References.All,
            9 => Net90.References.All,
            10 => Net100.References.All,
            _ => throw new ArgumentOutOfRangeException(nameof(major), major, "no reference assemblies for this .NET version"),
        };
        return web ? core.Concat(AspNetCore(major)) : core;
    }

    // The ASP.NET Core reference pack of each version, copied beside the harness from the NuGet cache (its csproj
    // downloads them), loaded once per version.
    private static readonly Dictionary<int, MetadataReference[]> AspNetCoreByMajor = [];

    private static MetadataReference[] AspNetCore(int major)
    {
        lock (AspNetCoreByMajor)
        {
            if (!AspNetCoreByMajor.TryGetValue(major, out var references))
            {
                var folder = Path.Combine(AppContext.BaseDirectory, "refs", $"aspnetcore{major}");
                references = [.. Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal).Select(f => MetadataReference.CreateFromFile(f))];
                AspNetCoreByMajor[major] = references;
            }

            return references;
        }
    }
}
